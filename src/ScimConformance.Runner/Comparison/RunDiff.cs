using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Comparison;

/// <summary>What changed between two runs, check by check (matched by id).</summary>
public sealed record RunDiff
{
    /// <summary>Checks that passed (or warned) before and now fail or error.</summary>
    public IReadOnlyList<OutcomeChange> Regressions { get; init; } = [];
    /// <summary>Checks that failed (or were accepted) before and now pass or warn.</summary>
    public IReadOnlyList<OutcomeChange> Fixes { get; init; } = [];
    /// <summary>Any other change of outcome (e.g. pass to skip, fail to error).</summary>
    public IReadOnlyList<OutcomeChange> OtherChanges { get; init; } = [];
    public IReadOnlyList<TestOutcome> Added { get; init; } = [];
    public IReadOnlyList<TestOutcome> Removed { get; init; } = [];

    public bool HasRegressions => Regressions.Count > 0;

    /// <summary>Set when the two runs tested different endpoints: then a difference may be the endpoints', not a change.</summary>
    public string? TargetWarning { get; init; }

    /// <summary>The regressions that break a build at this threshold (the same rule as `run --fail-on`).</summary>
    public IReadOnlyList<OutcomeChange> RegressionsAt(Authoring.Severity threshold) =>
        Regressions.Where(r => Gating.ExitGate.Counts(r.After, r.Severity, threshold)).ToArray();

    public static RunDiff Compare(RunResult before, RunResult after)
    {
        var old = ById(before);
        var now = ById(after);
        var changes = now.Values.Where(t => old.ContainsKey(t.Check.Id) && old[t.Check.Id].Outcome != t.Outcome)
            .Select(t => new OutcomeChange(t.Check.Id, t.Check.Title, t.Check.Severity, old[t.Check.Id].Outcome, t.Outcome, t.Message))
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();
        return new RunDiff
        {
            Regressions = changes.Where(c => IsGood(c.Before) && IsBad(c.After)).ToArray(),
            Fixes = changes.Where(c => c.Before is Outcome.Fail or Outcome.Accepted && IsGood(c.After)).ToArray(),
            OtherChanges = changes.Where(c => !(IsGood(c.Before) && IsBad(c.After)) && !(c.Before is Outcome.Fail or Outcome.Accepted && IsGood(c.After))).ToArray(),
            Added = now.Values.Where(t => !old.ContainsKey(t.Check.Id)).OrderBy(t => t.Check.Id, StringComparer.Ordinal).ToArray(),
            Removed = old.Values.Where(t => !now.ContainsKey(t.Check.Id)).OrderBy(t => t.Check.Id, StringComparer.Ordinal).ToArray(),
            TargetWarning = before.Target.IsSameEndpointAs(after.Target) ? null
                : $"the runs tested different endpoints ({before.Target.Describe()} and {after.Target.Describe()}): a difference may come from the endpoints, not from a change.",
        };
    }

    private static bool IsGood(Outcome o) => o is Outcome.Pass or Outcome.Warn;

    private static bool IsBad(Outcome o) => o is Outcome.Fail or Outcome.Error;

    // A results.json should hold each id once; if a merged file repeats one, the last occurrence wins.
    private static Dictionary<string, TestOutcome> ById(RunResult run)
    {
        var map = new Dictionary<string, TestOutcome>(StringComparer.Ordinal);
        foreach (var t in run.Tests) map[t.Check.Id] = t;
        return map;
    }
}

/// <summary>One check whose outcome differs between two runs; the message is the newer run's.</summary>
public sealed record OutcomeChange(string Id, string Title, Authoring.Severity Severity, Outcome Before, Outcome After, string Message);
