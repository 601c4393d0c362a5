using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Model;

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
}
