using ScimConformance.Runner.Model.Latency;

namespace ScimConformance.Cli.Commands.Load;

/// <summary>One step's answered requests and latency percentiles (milliseconds, nearest rank; 429 answers included).</summary>
public sealed record LoadStepStats(LoadStep Step, int Count, double P50Ms, double P95Ms, double P99Ms, double MaxMs)
{
    public static LoadStepStats Of(LoadStep step, IReadOnlyList<double> sorted) => new(
        step,
        sorted.Count,
        Percentiles.NearestRank(sorted, 50),
        Percentiles.NearestRank(sorted, 95),
        Percentiles.NearestRank(sorted, 99),
        sorted.Count == 0 ? 0 : sorted[^1]);
}
