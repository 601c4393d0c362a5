namespace ScimConformance.Runner.Findings;

/// <summary>
/// The grouping rules, first match wins. The order says which fact explains a failure best: no answer at all, then a
/// server error (the same kind of request crashing is one bug whatever each check wanted), then the second views of a
/// cause (identity-provider replays, the security and deprovisioning practices), which join the finding of the same
/// answer to the same kind of request, and last the topic of the requirement the verdict cited (an RFC section with its
/// subsections, <see cref="FindingTopics"/>): failures that break the same part of the protocol share a cause, whatever
/// request showed it.
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
            Name = "requirement",
            Key = [FindingKey.Topic],
            Title = "{topic}{answer}",
            Cause = "{cause}",
        },
    ];
}
