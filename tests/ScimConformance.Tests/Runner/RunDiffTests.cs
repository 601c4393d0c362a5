using NUnit.Framework;
using ScimConformance.Runner.Comparison;
using ScimConformance.Runner.Model;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class RunDiffTests
{
    private static RunResult With(RunResult run, params (string Id, Outcome Outcome)[] changes)
    {
        var tests = run.Tests.Select(t => changes.Any(c => c.Id == t.Check.Id) ? t with { Outcome = changes.First(c => c.Id == t.Check.Id).Outcome } : t).ToArray();
        return run with { Tests = tests, Counts = OutcomeCounts.Of(tests) };
    }

    [Test]
    public void Finds_regressions_fixes_new_and_removed_checks()
    {
        var before = SampleRuns.Hostile();
        var after = With(before, ("USR-001", Outcome.Fail), ("USR-002", Outcome.Pass), ("USR-003", Outcome.Error), ("GRP-001", Outcome.Pass));
        var renamed = after.Tests.Select(t => t.Check.Id == "GRP-002" ? t with { Check = t.Check with { Id = "GRP-003" } } : t).ToArray();
        var diff = RunDiff.Compare(before, after with { Tests = renamed });
        Assert.Multiple(() =>
        {
            Assert.That(diff.Regressions.Select(c => c.Id), Is.EqualTo(new[] { "USR-001", "USR-003" }));
            Assert.That(diff.Regressions[0].Before, Is.EqualTo(Outcome.Pass));
            Assert.That(diff.Fixes.Select(c => c.Id), Is.EqualTo(new[] { "USR-002" }));
            Assert.That(diff.OtherChanges.Select(c => c.Id), Is.EqualTo(new[] { "GRP-001" }));
            Assert.That(diff.Added.Select(t => t.Check.Id), Is.EqualTo(new[] { "GRP-003" }));
            Assert.That(diff.Removed.Select(t => t.Check.Id), Is.EqualTo(new[] { "GRP-002" }));
            Assert.That(diff.HasRegressions, Is.True);
        });
    }

    [Test]
    public void Identical_runs_have_no_differences()
    {
        var diff = RunDiff.Compare(SampleRuns.Hostile(), SampleRuns.Hostile());
        Assert.That(diff.Regressions.Count + diff.Fixes.Count + diff.OtherChanges.Count + diff.Added.Count + diff.Removed.Count, Is.Zero);
    }
}
