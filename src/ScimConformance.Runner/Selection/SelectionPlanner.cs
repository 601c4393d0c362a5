using System.Reflection;
using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Sharding;

namespace ScimConformance.Runner.Selection;

/// <summary>What a run will run, settled before anything is sent: the checks selected, and the shard's part of them.</summary>
/// <param name="Selected">How many checks this job runs (its shard's part when sharded).</param>
/// <param name="KnownIds">The id of every check the suites hold, selected or not (to tell a stale baseline entry from one left out).</param>
/// <param name="Profiles">The identity providers whose replays run when --profile narrowed them; null for all.</param>
public sealed record PlannedSelection(TestSelection Selection, int Selected, ShardInfo? Shard, IReadOnlySet<string> KnownIds,
    IReadOnlyList<string>? Profiles = null)
{
    /// <summary>--include terms that name checks generated from the target's discovery: the run judges them (<see cref="RunRequest.GeneratedIncludes"/>).</summary>
    public IReadOnlyList<string> Deferred { get; init; } = [];
}

/// <summary>
/// Settles a selection before a run: a selection that matches no check, or an --include term that matches none, is a
/// configuration error unless empty runs are allowed (a typo must not turn a gate green); with --shard, plans the split
/// of the whole selection by fixture and narrows it to the job's shard.
/// </summary>
public static class SelectionPlanner
{
    /// <summary>The id prefix of checks generated from the target's discovery (suites/.../Fidelity).</summary>
    public const string GeneratedPrefix = "ATT-";

    /// <param name="profile">The --profile value: only these identity providers' replays run (null: every provider's).</param>
    public static PlannedSelection Plan(IReadOnlyList<Assembly> assemblies, TestSelection selection, ShardSpec? shard, bool allowEmpty, string? profile = null)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var every = NUnitSession.ExploreChecks(assemblies, TestSelection.All);
        var profiles = profile is null ? null : ProfileSelection.Resolve(profile, every.Select(t => CheckInfo.Read(t)!));
        if (profiles is not null) selection = selection.WithProviders(profiles);
        var selected = every.Where(selection.Selects).ToArray();
        var known = every.Select(t => CheckInfo.Read(t)!.Id).ToHashSet(StringComparer.Ordinal);
        string[] generated = [];
        if (!allowEmpty)
        {
            // Attribute cases (ATT-...) are generated from the target's /Schemas once the run has discovered it, after this plan:
            // a term naming one is judged by the run itself (SuiteRunner).
            var none = selection.IncludesMatchingNone(every);
            generated = none.Where(t => t.StartsWith(GeneratedPrefix, StringComparison.OrdinalIgnoreCase)).ToArray();
            var unmatched = none.Except(generated).ToArray();
            if (unmatched.Length > 0)
                throw new ConfigurationException($"--include {string.Join(", ", unmatched.Select(t => "'" + t + "'"))} matches no check; `scimconf list` shows the ids, areas and categories there are (or pass --allow-empty).");
            if (selected.Length == 0 && generated.Length == 0)
                throw new ConfigurationException("The selection (--include, --exclude, --read-only, --profile) matches no check, so the run would pass without testing anything; `scimconf list` with the same terms shows what they select (or pass --allow-empty).");
        }
        if (shard is null) return new PlannedSelection(selection, selected.Length, null, known, profiles) { Deferred = generated };

        var plan = ShardPlan.Build(selected, shard.Count);
        return new PlannedSelection(selection.WithShard(new ShardAssignment(plan, shard.Index)), plan.ChecksIn(shard.Index),
            new ShardInfo(shard.Index, shard.Count, plan.Fingerprint), known, profiles) { Deferred = generated };
    }
}
