using ScimConformance.Authoring;

namespace ScimConformance.Runner.Findings;

/// <summary>
/// Failures that share a cause, said once: a title in the vendor's terms, the highest severity of its checks, the
/// requirement ids the failures cited (what the server really breaks), the failed checks, a one-line cause and a minimal
/// reproduction. <see cref="Key"/> is the grouping rule's key, stable from run to run for the same cause.
/// </summary>
public sealed record Finding
{
    /// <summary>"F1", "F2"...: the finding's place in the run's list (most severe first, then the most checks).</summary>
    public required string Id { get; init; }
    public required string Rule { get; init; }
    public required string Key { get; init; }
    public required string Title { get; init; }
    public Severity Severity { get; init; }
    public required string Cause { get; init; }
    public IReadOnlyList<string> Requirements { get; init; } = [];
    /// <summary>The failed checks' ids, in the run's order.</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];
    /// <summary>The smallest exchange(s) that show the cause; null when no check of the finding made a request.</summary>
    public Reproduction? Reproduction { get; init; }
}

/// <summary>
/// The exchanges of one check that show a finding, as copy-paste curl commands (one per exchange, in order) with
/// <c>$SCIM_TOKEN</c> for the credential, and what came back to the last of them.
/// </summary>
public sealed record Reproduction
{
    /// <summary>The check whose evidence this is.</summary>
    public required string Check { get; init; }
    /// <summary>Indexes of the exchanges into that check's exchanges.</summary>
    public IReadOnlyList<int> Exchanges { get; init; } = [];
    public required string Curl { get; init; }
    /// <summary>The status the server answered the last request with; null when it gave no answer.</summary>
    public int? Status { get; init; }
    /// <summary>What the check expected and observed there, when it said so.</summary>
    public string? Expected { get; init; }
    public string? Observed { get; init; }
}
