using System.Globalization;
using ScimConformance.Authoring;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Gating;

/// <summary>The sentences that explain a gate's verdict: what made the exit code, then what was reported without making it.</summary>
internal static class GateReasons
{
    public static IReadOnlyList<string> Of(RunResult result, Severity threshold, IReadOnlyList<TestOutcome> gating, int belowThreshold)
    {
        var failOn = "--fail-on " + ExitGate.NameOf(threshold);
        var reasons = new List<string>();
        if (result.Interrupted)
            reasons.Add($"The run was interrupted: {Count(result.Counts.NotRun, "check")} did not reach a verdict.");
        var failed = gating.Where(t => t.Outcome == Outcome.Fail).ToArray();
        if (failed.Length > 0)
        {
            var bySeverity = failed.GroupBy(t => t.Check.Severity).OrderByDescending(g => g.Key)
                .Select(g => g.Count().ToString(CultureInfo.InvariantCulture) + " " + ExitGate.NameOf(g.Key));
            reasons.Add($"{Count(failed.Length, "failed check")} at or above {failOn} ({string.Join(", ", bySeverity)}).");
        }
        var errors = gating.Count - failed.Length;
        if (errors > 0)
            reasons.Add($"{Count(errors, "check")} could not decide (error); errors count at {failOn}.");
        if (result.Leftovers.Count > 0)
            reasons.Add($"{Count(result.Leftovers.Count, "resource")} the run created could not be deleted; leftovers fail the run whatever --fail-on says.");
        if (reasons.Count == 0)
            reasons.Add($"No failure at or above {failOn}" + (threshold <= Severity.Low ? " and no error." : "; errors count only at --fail-on low."));
        if (belowThreshold > 0)
            reasons.Add($"{Count(belowThreshold, "failure or error", "failures or errors")} below the threshold ({failOn}) {(belowThreshold == 1 ? "is" : "are")} reported but do{(belowThreshold == 1 ? "es" : "")} not change the exit code.");
        if (result.Counts.Accepted > 0)
            reasons.Add($"{Count(result.Counts.Accepted, "failure")} accepted by the baseline {(result.Counts.Accepted == 1 ? "does" : "do")} not change the exit code.");
        return reasons;
    }

    private static string Count(int n, string one, string? many = null) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");
}
