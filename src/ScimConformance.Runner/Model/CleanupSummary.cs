namespace ScimConformance.Runner.Model;

/// <summary>What the end-of-run cleanup deleted, by SCIM resource type (what it could not delete is <see cref="RunResult.Leftovers"/>).</summary>
public sealed record CleanupSummary
{
    public int Deleted { get; init; }
    public IReadOnlyDictionary<string, int> DeletedByType { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// Deleted resources the run found by a lookup, not from a create's answer: the target created them while answering
    /// an error (or a success without the id), or the end-of-run sweep found them carrying the prefix. Named in the
    /// console and the reports, since no answer reported them.
    /// </summary>
    public IReadOnlyList<FoundResource> Found { get; init; } = [];

    public static CleanupSummary Of(IEnumerable<string> deletedResourceTypes)
    {
        var byType = deletedResourceTypes.GroupBy(t => t, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new CleanupSummary { Deleted = byType.Values.Sum(), DeletedByType = byType };
    }

    /// <summary>The sum of several runs' cleanups (the shards of one run).</summary>
    public static CleanupSummary Sum(IEnumerable<CleanupSummary> parts)
    {
        var all = parts.ToArray();
        return Of(all.SelectMany(p => p.DeletedByType.SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value)))) with { Found = [.. all.SelectMany(p => p.Found)] };
    }
}
