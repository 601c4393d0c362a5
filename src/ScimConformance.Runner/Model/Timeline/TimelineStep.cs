namespace ScimConformance.Runner.Model.Timeline;

/// <summary>
/// One step of a lifecycle check's timeline (property <c>scim.timeline</c>): what was done to whom, the request
/// that did it, what the endpoint answered and whether that is what the check wanted. A step over many
/// resources (the leaver at scale) carries <see cref="Count"/>.
/// </summary>
public sealed record TimelineStep
{
    /// <summary>When the step's (first) request was sent.</summary>
    public DateTimeOffset At { get; init; }
    /// <summary>Whom the step concerns: a resource id, "leaver", or "100 users".</summary>
    public string Subject { get; init; } = "";
    /// <summary>What the step did: create, deactivate, confirm inactive, delete, confirm 404...</summary>
    public string Action { get; init; } = "";
    public string? Method { get; init; }
    /// <summary>Path relative to the base URL.</summary>
    public string? Path { get; init; }
    /// <summary>The HTTP status answered (the most common one for a step over many resources).</summary>
    public int? Status { get; init; }
    /// <summary>What the step showed: created, deactivated, 404 confirmed, still readable...</summary>
    public string Outcome { get; init; } = "";
    /// <summary>False when the step showed what the check did not want (the red steps of the timeline).</summary>
    public bool Expected { get; init; } = true;
    /// <summary>How long the step's request (or all of its requests) took.</summary>
    public double? DurationMs { get; init; }
    /// <summary>For an effect that was not visible at once: how long after the write it showed.</summary>
    public double? DelayMs { get; init; }
    /// <summary>How many resources a batch step covered; null for a single request.</summary>
    public int? Count { get; init; }
    public string? Note { get; init; }
}
