namespace ScimConformance.Runner.Findings;

/// <summary>
/// The grouping rules, first match wins. The order says which fact explains a failure best: no answer at all, then a
/// server error (the same kind of request crashing is one bug whatever each check wanted), then an error that is not a
/// SCIM Error (the server writes every error that way), then a query construct refused with the same status and scimType
/// (the parser lacks it, whichever endpoint was asked), then the second views of a cause (identity-provider replays, the
/// security and deprovisioning practices), which join the finding about the same attribute, else of the same answer to the
/// same kind of request, else of the same RFC topic they restate, then a
/// construct only sent on purpose (a version precondition: whatever section each check cited, the construct is what the
/// server gets wrong; a projection, when the verdict is about what it selects), a query's failure in a POST .search (the
/// root's and the types' are one SearchRequest handler), and last the topic of the requirement the verdict cited (an RFC
/// section with its subsections, <see cref="FindingTopics"/>): failures that break the same part of the protocol share a
/// cause, whatever request showed it. The grouper then joins findings about one attribute (<see cref="FindingGrouper"/>).
/// </summary>
public static class FindingRules
{
    public static IReadOnlyList<FindingRule> Default { get; } =
    [
        new()
        {
            Name = "no-answer",
            StatusClass = "no answer",
            Key = [FindingKey.Method, FindingKey.Resource],
            Title = "{request} gets no answer",
            Cause = "the connection was closed, reset or timed out before any HTTP response came back.",
        },
        new()
        {
            Name = "server-error",
            StatusClass = "5xx",
            Key = [FindingKey.Method, FindingKey.Resource, FindingKey.Construct],
            Title = "{request} answers {status}, a server error",
            Cause = "the server fails on a request it must either serve or refuse with a 4xx SCIM error.",
        },
        new()
        {
            Name = "error-form",
            NonScimError = true,
            Key = [FindingKey.ErrorForm],
            Title = "errors come as {errorForm}, not as SCIM Error messages",
            Cause = "RFC 7644 §3.12: an error is a JSON body in the urn:ietf:params:scim:api:messages:2.0:Error schema with status (a string) and, where one applies, scimType; these errors have another form, so a client cannot tell why its request was refused.",
        },
        new()
        {
            Name = "refused-construct",
            StatusClass = "4xx",
            Constructs = ["filter", "sort", "projection", "paging", "count"],
            // The scimType names what was refused (invalidFilter); a projection or sort beside the filter does not change it.
            Key = [FindingKey.Status, FindingKey.ScimType],
            Title = "queries{with} are refused ({status}{scimType})",
            Cause = "the server refuses valid requests that use this construct: {constructCause}",
        },
        new()
        {
            Name = "provider-replay",
            Requirements = ["PIDP"],
            Folds = true,
            Key = [FindingKey.RequestKind],
            Title = "identity-provider traffic: {request} is answered wrongly{answer}",
            Cause = "{cause}",
        },
        new()
        {
            Name = "security",
            Area = "Security",
            Folds = true,
            Key = [FindingKey.Weakness],
            Title = "{topic}{answer}",
            Cause = "{cause}",
        },
        new()
        {
            Name = "practice",
            Requirements = ["PSEED"],
            Folds = true,
            Key = [FindingKey.Topic],
            Title = "{topic}{answer}",
            Cause = "{cause}",
        },
        new()
        {
            Name = "construct",
            Constructs = [FailureFacts.Precondition],
            Key = [FindingKey.Construct],
            Title = "{constructTopic}",
            Cause = "{constructCause}",
        },
        new()
        {
            // A projection read is evidence of many checks (the attribute cases read back with attributes=); it is the cause
            // only when the verdict is about what a projection (in a query or a SearchRequest) or a returned characteristic
            // selects.
            Name = "projection",
            Constructs = ["projection"],
            // R7644-3.10: a URN-qualified name in attributes= is a projection's construct too.
            Requirements = ["R7644-3.4.2.5", "R7644-3.4.3", "R7644-3.9", "R7644-3.10", "R7643-7-14", "R7643-7-16", "R7643-7-17"],
            Key = [FindingKey.Construct],
            Title = "{constructTopic}",
            Cause = "{constructCause}",
        },
        new()
        {
            Name = "search",
            Endpoint = "/.search",
            Requirements = ["R7644-3.4.3", "R7644-3.4.2.1"],
            Key = [FindingKey.Method],
            Title = "POST .search does not answer like the equivalent GET",
            Cause = "a SearchRequest, at the root or on a resource type, must be applied as RFC 7644 §3.4.3 defines: its members act like the query parameters of the same name.",
        },
        new()
        {
            Name = "requirement",
            Key = [FindingKey.Topic],
            Title = "{topic}{answer}",
            Cause = "{cause}",
        },
    ];
}
