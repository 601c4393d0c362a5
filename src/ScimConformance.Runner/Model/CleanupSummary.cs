namespace ScimConformance.Runner.Model;

/// <summary>What the end-of-run cleanup deleted, by SCIM resource type (what it could not delete is <see cref="RunResult.Leftovers"/>).</summary>
public sealed record CleanupSummary
{
    public int Deleted { get; init; }
    public IReadOnlyDictionary<string, int> DeletedByType { get; init; } = new Dictionary<string, int>();

    public static CleanupSummary Of(IEnumerable<string> deletedResourceTypes)
    {
        var byType = deletedResourceTypes.GroupBy(t => t, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new CleanupSummary { Deleted = byType.Values.Sum(), DeletedByType = byType };
    }

    /// <summary>The sum of several runs' cleanups (the shards of one run).</summary>
    public static CleanupSummary Sum(IEnumerable<CleanupSummary> parts) =>
        Of(parts.SelectMany(p => p.DeletedByType.SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value))));
}
