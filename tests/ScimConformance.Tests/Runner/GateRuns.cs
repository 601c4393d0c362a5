using ScimConformance.Authoring;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Model;

namespace ScimConformance.Tests.Runner;

/// <summary>Runs whose verdict by the counts and by the exit gate differ: the reports must follow the gate.</summary>
internal static class GateRuns
{
    /// <summary>The exit codes of the CLI (Cli/Infrastructure/ExitCodes), which the runner does not reference.</summary>
    public static int ExitCodeOf(GateVerdict verdict) => verdict switch
    {
        GateVerdict.Passed => 0,
        GateVerdict.Interrupted => 130,
        _ => 1,
    };

    /// <summary>Nothing failed, but the run left a resource behind: exit code 1.</summary>
    public static RunResult CleanButLeftBehind()
    {
        var hostile = SampleRuns.Hostile();
        var tests = hostile.Tests.Where(t => t.Outcome is Outcome.Pass or Outcome.Warn).ToArray();
        var run = hostile with { Tests = tests, Counts = OutcomeCounts.Of(tests) };
        return run with { Gate = ExitGate.Decide(run, Severity.Low, null, ExitCodeOf) };
    }

    /// <summary>Only a low-severity failure, gated at --fail-on medium, with a baseline accepting a critical failure: exit code 0.</summary>
    public static RunResult LowFailureBelowMedium()
    {
        var hostile = SampleRuns.Hostile();
        var tests = hostile.Tests.Where(t => t.Outcome is Outcome.Pass or Outcome.Fail).Select(t => t.Outcome == Outcome.Fail
            ? t with { Check = t.Check with { Severity = Severity.Low } }
            : t).Append(hostile.Tests[1] with { Check = hostile.Tests[1].Check with { Id = "SEC-001", Severity = Severity.Critical }, Outcome = Outcome.Accepted }).ToArray();
        var run = hostile with { Tests = tests, Counts = OutcomeCounts.Of(tests), Leftovers = [] };
        return run with { Gate = ExitGate.Decide(run, Severity.Medium, "ci/baseline.json", ExitCodeOf) };
    }
}
