using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Suites.Query;

/// <summary>What the filter oracle selects from the query dataset, for the hand-written and the generated Query checks.</summary>
public static class OracleQueries
{
    public static IReadOnlySet<string> Select(QueryDataset dataset, FilterEvaluator oracle, string filter) =>
        Select(dataset, oracle, FilterParser.Parse(filter));

    public static IReadOnlySet<string> Select(QueryDataset dataset, FilterEvaluator oracle, FilterNode filter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(oracle);
        return dataset.Users.Where(u => oracle.Matches(filter, u, ScimUris.User)).Select(u => u.Text("id")!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Judges the ids an endpoint returned for a filter. Where the two readings of ne on a multi-valued attribute select
    /// different users, the answer may follow either, but only the one the run observed first (<see cref="NeReadings"/>).
    /// </summary>
    public static OracleVerdict Judge(QueryDataset dataset, DiscoveryResult discovery, string runId, FilterNode filter, IReadOnlyCollection<string> observed)
    {
        ArgumentNullException.ThrowIfNull(observed);
        var seen = observed.ToHashSet(StringComparer.Ordinal);
        bool Same(IReadOnlySet<string> expected) => observed.Count == expected.Count && expected.SetEquals(seen);
        var any = Select(dataset, new FilterEvaluator(discovery), filter);
        var none = Select(dataset, new FilterEvaluator(discovery) { NeReading = NeReading.NoValueEquals }, filter);
        if (any.SetEquals(none)) return new OracleVerdict(Same(any), any, "");
        var bound = NeReadings.Of(runId);
        if (bound is null)
        {
            NeReading? shown = Same(any) ? NeReading.AnyValueDiffers : Same(none) ? NeReading.NoValueEquals : null;
            if (shown is null)
                return new OracleVerdict(false, any,
                    $" if ne on a multi-valued attribute means '{NeReadings.Describe(NeReading.AnyValueDiffers)}', or [{string.Join(", ", none.Order(StringComparer.Ordinal))}] if it means '{NeReadings.Describe(NeReading.NoValueEquals)}'");
            bound = NeReadings.Bind(runId, shown.Value);
        }
        var reading = bound.Value;
        var chosen = reading == NeReading.AnyValueDiffers ? any : none;
        return new OracleVerdict(Same(chosen), chosen,
            $" (ne on a multi-valued attribute read as '{NeReadings.Describe(reading)}', the reading this run's endpoint showed first)");
    }
}
