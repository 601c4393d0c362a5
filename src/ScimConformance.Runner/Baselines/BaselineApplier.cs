using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Baselines;

/// <summary>Turns the failures a baseline lists into accepted outcomes and finds entries that are no longer needed.</summary>
public static class BaselineApplier
{
    public static RunResult Apply(RunResult result, Baseline baseline)
    {
        var ids = baseline.AcceptedIds();
        var tests = result.Tests
            .Select(t => t.Outcome == Outcome.Fail && ids.Contains(t.Check.Id) ? t with { Outcome = Outcome.Accepted } : t)
            .ToArray();
        // Only a check that ran and did not fail proves an entry stale; a skipped, errored or unselected one proves nothing.
        var removable = tests
            .Where(t => ids.Contains(t.Check.Id) && t.Outcome is Outcome.Pass or Outcome.Warn)
            .Select(t => t.Check.Id)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return result with { Tests = tests, Counts = OutcomeCounts.Of(tests), BaselineRemovable = removable };
    }
}
