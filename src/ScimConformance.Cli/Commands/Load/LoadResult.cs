using ScimConformance.Core.Ledger;
using ScimConformance.Runner.Model;

namespace ScimConformance.Cli.Commands.Load;

/// <summary>What load.json holds: the burst's settings, throughput, per-step latencies, errors and leftovers.</summary>
public sealed record LoadResult
{
    public string SchemaVersion { get; init; } = "1.0";
    public required string HarnessVersion { get; init; }
    public required string RunId { get; init; }
    public int Seed { get; init; }
    public required TargetInfo Target { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    /// <summary>Time of the burst itself, from the first flow started to the last finished (cleanup excluded).</summary>
    public TimeSpan Duration { get; init; }
    /// <summary><c>completed</c>, <c>maxDuration</c> (stopped starting flows at --max-duration) or <c>interrupted</c> (Ctrl-C/SIGTERM).</summary>
    public required string StoppedBy { get; init; }
    public int Users { get; init; }
    public int Concurrency { get; init; }
    public double? Rate { get; init; }
    public int MaxDurationSeconds { get; init; }
    public int FlowsStarted { get; init; }
    /// <summary>Flows in which every step got the answer it needed.</summary>
    public int FlowsSucceeded { get; init; }
    public int Requests { get; init; }
    public double RequestsPerSecond { get; init; }
    public double FlowsPerSecond { get; init; }
    /// <summary>429 answers; each was waited out (Retry-After, at most 30 s) and retried.</summary>
    public int Throttled { get; init; }
    public IReadOnlyList<LoadStepStats> Steps { get; init; } = [];
    public IReadOnlyList<LoadError> Errors { get; init; } = [];
    /// <summary>Users the burst created but could not delete: remove them by hand.</summary>
    public IReadOnlyList<LedgerEntry> Leftovers { get; init; } = [];
    /// <summary>
    /// Users whose userName still starts with the run prefix after cleanup, asked of the endpoint with a
    /// <c>sw</c> filter; null when the endpoint could not be asked (no filter support, or the query failed).
    /// </summary>
    public int? RemainingOnServer { get; init; }
}
