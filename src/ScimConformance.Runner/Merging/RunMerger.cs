using System.Text.RegularExpressions;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Merging;

/// <summary>
/// Joins the shards of one run (`run --shard i/n`) into the whole run. It refuses anything that would make the result
/// lie: a part that is not a shard, shards of different plans (selection, suites, harness version), a shard missing or
/// given twice, shards that tested different endpoints or used different seeds. The header comes from the first
/// shard, tests are the union, counts are recomputed, and the reproduce line is the whole run's (no --shard).
/// </summary>
public static partial class RunMerger
{
    public static RunResult Merge(IReadOnlyList<RunResult> parts) =>
        Merge(parts.Select((p, i) => ($"part {i + 1}", p)).ToArray());

    /// <param name="parts">Each shard's result and where it came from (a file name), for messages.</param>
    public static RunResult Merge(IReadOnlyList<(string Source, RunResult Run)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0) throw new ConfigurationException("Nothing to merge: give the results.json of every shard.");
        Check(parts);
        var runs = parts.Select(p => p.Run).ToArray();
        var first = runs[0];
        var ordered = runs.SelectMany(p => p.Tests).ToArray();
        var start = runs.Min(p => p.StartedAt);
        var end = runs.Max(p => p.StartedAt + p.Duration);
        // An entry is stale only if no part still fails it (one shard may not run it at all).
        var stillAccepted = ordered.Where(t => t.Outcome == Outcome.Accepted).Select(t => t.Check.Id).ToHashSet(StringComparer.Ordinal);
        return first with
        {
            StartedAt = start,
            Duration = end - start,
            Interrupted = runs.Any(p => p.Interrupted),
            Tests = ordered,
            Counts = OutcomeCounts.Of(ordered),
            Leftovers = runs.SelectMany(p => p.Leftovers).ToArray(),
            Cleanup = CleanupSummary.Sum(runs.Select(p => p.Cleanup)),
            BaselineRemovable = runs.SelectMany(p => p.BaselineRemovable).Where(id => !stillAccepted.Contains(id))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
            Shard = null,
            Command = WholeRun(first.Command),
        };
    }

    /// <summary>A shard's reproduce line without its --shard: the command that runs the whole selection at once.</summary>
    public static string WholeRun(string command) => ShardFlag().Replace(command ?? "", "");

    private static void Check(IReadOnlyList<(string Source, RunResult Run)> parts)
    {
        foreach (var (source, run) in parts)
            if (run.Shard is null)
                throw new ConfigurationException($"{source} is not a shard (its run had no --shard); merge joins the results.json of every `run --shard i/n` job of one run.");
        var (firstSource, first) = parts[0];
        var plan = first.Shard!;
        foreach (var (source, run) in parts.Skip(1))
        {
            if (run.Shard!.Count != plan.Count || run.Shard.Plan != plan.Plan)
                throw new ConfigurationException($"{source} is shard {run.Shard.Index}/{run.Shard.Count} of another plan than {firstSource} ({plan.Index}/{plan.Count}): every shard must run the same selection, suites and harness version with the same n.");
            if (!first.Target.IsSameEndpointAs(run.Target))
                throw new ConfigurationException($"{firstSource} tested {first.Target.Describe()} but {source} tested {run.Target.Describe()}: the shards of one run test one endpoint.");
            if (run.Seed != first.Seed)
                throw new ConfigurationException($"{firstSource} ran with seed {first.Seed} but {source} with seed {run.Seed}: give every shard the same --seed, so the merged run can be reproduced.");
        }
        foreach (var twice in parts.GroupBy(p => p.Run.Shard!.Index).Where(g => g.Count() > 1))
            throw new ConfigurationException($"Shard {twice.Key}/{plan.Count} is given twice ({string.Join(", ", twice.Select(p => p.Source))}).");
        var missing = Enumerable.Range(1, plan.Count).Except(parts.Select(p => p.Run.Shard!.Index)).ToArray();
        if (missing.Length > 0)
            throw new ConfigurationException($"Shard {string.Join(", ", missing.Select(i => $"{i}/{plan.Count}"))} is missing: merge needs the results.json of all {plan.Count} shards.");
        foreach (var id in parts.SelectMany(p => p.Run.Tests).GroupBy(t => t.Check.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).Take(1))
            throw new ConfigurationException($"Check {id} is in more than one shard: these results do not come from one shard plan.");
    }

    [GeneratedRegex(@" --shard \S+")]
    private static partial Regex ShardFlag();
}
