namespace ScimConformance.Runner.Model.Latency;

/// <summary>
/// Nearest-rank percentiles: the p-th percentile of n sorted values is the value at rank ceil(p/100 × n)
/// (1-based), so it is always a value that was really observed, never an interpolation.
/// </summary>
public static class Percentiles
{
    /// <summary>The p-th percentile (0 &lt; p ≤ 100) of values already sorted ascending; 0 for no values.</summary>
    public static double NearestRank(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 100);
        if (sorted.Count == 0) return 0;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }

    /// <summary>Milliseconds rounded to 0.01 ms, the precision reports show.</summary>
    public static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 2);
}
