using ScimConformance.Core.Catalog;
using ScimConformance.Core.Data.Adaptation;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Ledger;
using ScimConformance.Runner.Findings;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Model.Compatibility;
using ScimConformance.Runner.Model.Coverage;
using ScimConformance.Runner.Model.Latency;

namespace ScimConformance.Runner.Model;

/// <summary>
/// The canonical record of one run; every reporter renders it and results.json is it, serialised.
/// Holds no secret: exchanges are redacted when captured and the target carries no credential.
/// </summary>
public sealed record RunResult
{
    public const string CurrentSchemaVersion = "1.0";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;
    public required string HarnessVersion { get; init; }
    public required string RunId { get; init; }
    public int Seed { get; init; }
    public required TargetInfo Target { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public TimeSpan Duration { get; init; }
    /// <summary>True when the run was stopped (Ctrl-C, SIGTERM) before every selected check ran.</summary>
    public bool Interrupted { get; init; }
    /// <summary>What discovery found, after --assume overrides; null when discovery never completed.</summary>
    public Capabilities? Capabilities { get; init; }
    /// <summary>How queries were narrowed to the run's own data; null when the run never started (or in older files).</summary>
    public ScopingSummary? Scoping { get; init; }
    /// <summary>Attributes the target demanded on create that the run's data left out: the data was adapted, said once here.</summary>
    public IReadOnlyList<DataDemand> DataDemands { get; init; } = [];
    public OutcomeCounts Counts { get; init; } = new();
    public IReadOnlyList<TestOutcome> Tests { get; init; } = [];
    /// <summary>Resources the run created but could not delete: the user must remove them by hand.</summary>
    public IReadOnlyList<LedgerEntry> Leftovers { get; init; } = [];
    /// <summary>The part of a sharded run this result holds (`run --shard i/n`); null for a whole run, merged ones included.</summary>
    public ShardInfo? Shard { get; init; }
    /// <summary>What the end-of-run cleanup deleted.</summary>
    public CleanupSummary Cleanup { get; init; } = new();
    /// <summary>The command that reproduces this run, without secrets.</summary>
    public string Command { get; init; } = "";
    /// <summary>Baseline ids whose checks now pass (or no longer fail): they can be removed from the baseline.</summary>
    public IReadOnlyList<string> BaselineRemovable { get; init; } = [];
    /// <summary>The exit gate the run was judged by and its verdict; null in files written before it was recorded.</summary>
    public RunGate? Gate { get; init; }
    /// <summary>
    /// The identity-provider compatibility matrix, computed from <see cref="Tests"/> (so results.json carries it
    /// for other tools, and reading results.json back recomputes it rather than trusting the file).
    /// </summary>
    public CompatibilityMatrix Compatibility => CompatibilityMatrix.Of(Tests);

    /// <summary>
    /// The failures grouped by cause, most severe first, each with a reproduction; derived from <see cref="Tests"/> like the
    /// matrix, so results.json carries them and re-reading it regroups with the current rules.
    /// </summary>
    public IReadOnlyList<Finding> Findings => FindingGrouper.Of(Tests, Target.BaseUrl);

    /// <summary>Request counts and latency percentiles per endpoint, and the slowest requests; derived from <see cref="Tests"/> too.</summary>
    public LatencySummary Latency => LatencySummary.Of(Tests, Target.BaseUrl);

    /// <summary>
    /// Requirement coverage: which testable catalogue requirements a check verified here, which only had skipped checks,
    /// which none cites. Derived from <see cref="Tests"/> and the embedded catalogue, like <see cref="Compatibility"/>.
    /// </summary>
    public CoverageSummary Coverage => CoverageSummary.Of(Tests, RequirementCatalog.Default);

    /// <summary>True when nothing failed or errored; warnings, skips and accepted failures do not spoil a run.</summary>
    public bool Passed => Counts.Fail == 0 && Counts.Error == 0;
}
