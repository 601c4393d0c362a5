namespace ScimConformance.Runner.Findings;

/// <summary>
/// One grouping rule, as data: which failures it takes (each condition null means any), which of their facts say they
/// share a cause (the key), and how the finding is worded. Titles and causes are templates over the facts:
/// {request} (e.g. "GET /Users with a filter"), {method}, {resource}, {construct}, {with} (" with a filter"), {status},
/// {scimType}, {errorForm}, {topic} (the cited requirement's topic in the vendor's terms, see <see cref="FindingTopics"/>),
/// {cause} (the topic's cause), and {constructTopic}/{constructCause} (the topic of the construct itself).
/// </summary>
public sealed record FindingRule
{
    public required string Name { get; init; }
    /// <summary>Only failures of checks in this area.</summary>
    public string? Area { get; init; }
    /// <summary>Only failures whose deciding response is of this class ("2xx", "4xx", "5xx", "no answer").</summary>
    public string? StatusClass { get; init; }
    /// <summary>Only failures whose verdict cited a requirement id starting with one of these ("PIDP", "PSEED").</summary>
    public IReadOnlyList<string>? Requirements { get; init; }
    /// <summary>Only failures whose evidence requests exercise one of these constructs (<see cref="FailureFacts.Construct"/>).</summary>
    public IReadOnlyList<string>? Constructs { get; init; }
    /// <summary>Only failures whose deciding request went to an endpoint ending with this ("/.search": the root's or a type's).</summary>
    public string? Endpoint { get; init; }
    /// <summary>Only failures whose evidence holds an error that is not a SCIM Error message (<see cref="FailureFacts.ErrorForm"/>).</summary>
    public bool NonScimError { get; init; }
    /// <summary>
    /// A failure this rule takes is a second view of a cause another rule names (an identity provider's replay, a security
    /// or deprovisioning practice restating a protocol requirement): it joins the finding of another rule whose failure got
    /// the same attribute (<see cref="FailureFacts.Attribute"/>), else the same answer to the same kind of request
    /// (<see cref="FailureFacts.RequestKind"/>), else the same cited topic (it restates that requirement), and groups by its
    /// own key only when there is none.
    /// </summary>
    public bool Folds { get; init; }
    /// <summary>The facts that, equal, make two failures one finding.</summary>
    public required IReadOnlyList<FindingKey> Key { get; init; }
    public required string Title { get; init; }
    public required string Cause { get; init; }

    public bool Matches(FailureFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return (Area is null || string.Equals(Area, facts.Area, StringComparison.Ordinal))
            && (StatusClass is null || string.Equals(StatusClass, facts.StatusClass, StringComparison.Ordinal))
            && (Requirements is null || facts.Requirements.Any(id => Requirements.Any(p => id.StartsWith(p, StringComparison.Ordinal))))
            && (Constructs is null || Constructs.Contains(facts.Construct, StringComparer.Ordinal))
            && (Endpoint is null || facts.Resource.EndsWith(Endpoint, StringComparison.Ordinal))
            && (!NonScimError || facts.ErrorForm is not null);
    }
}

/// <summary>A fact a rule's key can hold.</summary>
public enum FindingKey
{
    Method,
    Resource,
    Construct,
    Status,
    ScimType,
    /// <summary>The topic of the first requirement the verdict cited (<see cref="FindingTopics"/>).</summary>
    Topic,
    /// <summary>The RFC section (or practice family) of the first requirement the verdict cited: "R7644-3.4.2.2", "PSEED-DEPROV".</summary>
    Section,
    /// <summary>The kind of request and class of answer, resource types alike (<see cref="FailureFacts.RequestKind"/>).</summary>
    RequestKind,
    /// <summary>The check's CWE (security checks), or its topic when it has none.</summary>
    Weakness,
    /// <summary>The form of the non-SCIM error the evidence holds (<see cref="FailureFacts.ErrorForm"/>).</summary>
    ErrorForm,
}
