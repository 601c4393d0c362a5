using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Suites.Query;

/// <summary>What the filter oracle selects from the query dataset, for the hand-written Query checks.</summary>
public static class OracleQueries
{
    public static IReadOnlySet<string> Select(QueryDataset dataset, FilterEvaluator oracle, string filter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(oracle);
        var parsed = FilterParser.Parse(filter);
        return dataset.Users.Where(u => oracle.Matches(parsed, u, ScimUris.User)).Select(u => u.Text("id")!).ToHashSet(StringComparer.Ordinal);
    }
}
