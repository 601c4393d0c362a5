using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Model;

// Expected values read best inline in assertions.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class ExitGateTests
{
    private static TestOutcome Test(Outcome outcome, Severity severity)
    {
        var test = SampleRuns.Hostile().Tests[0];
        return test with { Check = test.Check with { Severity = severity }, Outcome = outcome };
    }

    [TestCase(Severity.Info, "low", true)]
    [TestCase(Severity.Low, "medium", false)]
    [TestCase(Severity.Medium, "medium", true)]
    [TestCase(Severity.High, "critical", false)]
    [TestCase(Severity.Critical, "critical", true)]
    [TestCase(Severity.High, "high", true)]
    public void A_failure_counts_at_or_above_the_threshold(Severity severity, string failOn, bool counts)
    {
        Assert.That(ExitGate.TryParse(failOn, out var threshold), Is.True);
        Assert.That(ExitGate.Counts(Test(Outcome.Fail, severity), threshold), Is.EqualTo(counts));
    }

    [Test]
    public void Errors_count_only_at_low_and_accepted_warn_skip_never()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ExitGate.Counts(Test(Outcome.Error, Severity.Critical), Severity.Low), Is.True);
            Assert.That(ExitGate.Counts(Test(Outcome.Error, Severity.Critical), Severity.High), Is.False);
            Assert.That(ExitGate.Counts(Test(Outcome.Accepted, Severity.Critical), Severity.Low), Is.False);
            Assert.That(ExitGate.Counts(Test(Outcome.Warn, Severity.Critical), Severity.Low), Is.False);
            Assert.That(ExitGate.Counts(Test(Outcome.Skip, Severity.Critical), Severity.Low), Is.False);
        });
    }

    [Test]
    public void Sample_run_fails_at_low_and_high_but_not_at_critical()
    {
        var run = SampleRuns.Hostile(); // a high failure and a critical error
        Assert.Multiple(() =>
        {
            Assert.That(ExitGate.Fails(run, Severity.Low), Is.True);
            Assert.That(ExitGate.Fails(run, Severity.High), Is.True);
            Assert.That(ExitGate.Fails(run, Severity.Critical), Is.False);
            Assert.That(ExitGate.TryParse("blocker", out _), Is.False);
        });
    }

    [Test]
    public void Resources_left_behind_break_the_build_at_every_threshold()
    {
        var hostile = SampleRuns.Hostile(); // leaves Users/abc behind
        var clean = hostile with { Tests = [], Leftovers = [] };
        var onlyLeftovers = clean with { Leftovers = hostile.Leftovers };
        Assert.Multiple(() =>
        {
            Assert.That(ExitGate.BreaksBuild(hostile, Severity.Critical), Is.True);
            Assert.That(ExitGate.Fails(hostile, Severity.Critical), Is.False, "the checks alone do not reach critical");
            Assert.That(ExitGate.BreaksBuild(onlyLeftovers, Severity.Critical), Is.True);
            Assert.That(ExitGate.BreaksBuild(clean, Severity.Low), Is.False);
        });
    }

    [Test]
    public void The_gate_records_its_settings_exit_code_and_the_deciding_reasons_first()
    {
        var gate = ExitGate.Decide(SampleRuns.Hostile(), Severity.Medium, "ci/baseline.json", GateRuns.ExitCodeOf); // a high failure, a critical error, a leftover
        Assert.Multiple(() =>
        {
            Assert.That((gate.FailOn, gate.Baseline, gate.Verdict, gate.ExitCode), Is.EqualTo(("medium", "ci/baseline.json", GateVerdict.Failed, 1)));
            Assert.That((gate.Gating, gate.BelowThreshold, gate.Leftovers), Is.EqualTo((1, 1, 1)));
            Assert.That(gate.Reasons, Is.EqualTo(new[]
            {
                "1 failed check at or above --fail-on medium (1 high).",
                "1 resource the run created could not be deleted; leftovers fail the run whatever --fail-on says.",
                "1 failure or error below the threshold (--fail-on medium) is reported but does not change the exit code.",
            }));
        });
    }

    [Test]
    public void Leftovers_alone_fail_the_gate()
    {
        var gate = GateRuns.CleanButLeftBehind().Gate!;
        Assert.Multiple(() =>
        {
            Assert.That((gate.Verdict, gate.ExitCode, gate.Gating), Is.EqualTo((GateVerdict.Failed, 1, 0)));
            Assert.That(gate.Reasons[0], Does.StartWith("1 resource the run created could not be deleted"));
        });
    }

    [Test]
    public void Failures_below_the_threshold_and_accepted_ones_pass_the_gate_and_say_so()
    {
        var gate = GateRuns.LowFailureBelowMedium().Gate!;
        Assert.Multiple(() =>
        {
            Assert.That((gate.Verdict, gate.ExitCode, gate.Gating, gate.BelowThreshold, gate.Accepted), Is.EqualTo((GateVerdict.Passed, 0, 0, 1, 1)));
            Assert.That(gate.Reasons, Is.EqualTo(new[]
            {
                "No failure at or above --fail-on medium; errors count only at --fail-on low.",
                "1 failure or error below the threshold (--fail-on medium) is reported but does not change the exit code.",
                "1 failure accepted by the baseline does not change the exit code.",
            }));
        });
    }

    [Test]
    public void An_interrupted_run_gets_the_interrupted_verdict()
    {
        var run = SampleRuns.Hostile() with { Interrupted = true, Leftovers = [] };
        var gate = ExitGate.Decide(run, Severity.Critical, null, GateRuns.ExitCodeOf);
        Assert.Multiple(() =>
        {
            Assert.That((gate.Verdict, gate.ExitCode), Is.EqualTo((GateVerdict.Interrupted, 130)));
            Assert.That(gate.Reasons[0], Does.StartWith("The run was interrupted"));
        });
    }
}
