using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Merging;

/// <summary>
/// Joins the results of shards (`run --shard i/n`) into one run: the header (run id, target, seed,
/// capabilities, command) comes from the first, tests are the union, counts are recomputed.
/// </summary>
public static class RunMerger
{
    public static RunResult Merge(IReadOnlyList<RunResult> parts)
    {
        if (parts.Count == 0) throw new ArgumentException("Nothing to merge: give at least one results.json.", nameof(parts));
        var first = parts[0];
        // A check present in several parts (overlapping shards, a re-run) keeps its last result.
        var tests = new Dictionary<string, TestOutcome>(StringComparer.Ordinal);
        foreach (var test in parts.SelectMany(p => p.Tests)) tests[test.Check.Id] = test;
        var ordered = parts.SelectMany(p => p.Tests).Select(t => t.Check.Id).Distinct(StringComparer.Ordinal).Select(id => tests[id]).ToArray();

        var start = parts.Min(p => p.StartedAt);
        var end = parts.Max(p => p.StartedAt + p.Duration);
        // An entry is stale only if no part still fails it (one shard may not run it at all).
        var stillAccepted = ordered.Where(t => t.Outcome == Outcome.Accepted).Select(t => t.Check.Id).ToHashSet(StringComparer.Ordinal);
        return first with
        {
            StartedAt = start,
            Duration = end - start,
            Interrupted = parts.Any(p => p.Interrupted),
            Tests = ordered,
            Counts = OutcomeCounts.Of(ordered),
            Leftovers = parts.SelectMany(p => p.Leftovers).ToArray(),
            BaselineRemovable = parts.SelectMany(p => p.BaselineRemovable).Where(id => !stillAccepted.Contains(id))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
        };
    }
}
