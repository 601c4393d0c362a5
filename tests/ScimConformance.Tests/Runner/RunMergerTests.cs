using NUnit.Framework;
using ScimConformance.Runner.Merging;
using ScimConformance.Runner.Model;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class RunMergerTests
{
    [Test]
    public void Joins_shards_keeping_the_first_header_and_recounting()
    {
        var whole = SampleRuns.Hostile();
        var a = whole with { Tests = whole.Tests.Take(2).ToArray(), BaselineRemovable = ["USR-001"] };
        var b = whole with
        {
            RunId = "run0002",
            StartedAt = whole.StartedAt.AddSeconds(5),
            Duration = TimeSpan.FromSeconds(20),
            Tests = whole.Tests.Skip(2).ToArray(),
            Leftovers = [],
        };
        var merged = RunMerger.Merge([a, b]);
        Assert.Multiple(() =>
        {
            Assert.That(merged.RunId, Is.EqualTo("run0001"));
            Assert.That(merged.Tests.Select(t => t.Check.Id), Is.EqualTo(whole.Tests.Select(t => t.Check.Id)));
            Assert.That(merged.Counts, Is.EqualTo(OutcomeCounts.Of(whole.Tests)));
            Assert.That(merged.StartedAt, Is.EqualTo(whole.StartedAt));
            Assert.That(merged.Duration, Is.EqualTo(TimeSpan.FromSeconds(25)));
            Assert.That(merged.Leftovers, Has.Count.EqualTo(1));
            Assert.That(merged.BaselineRemovable, Is.EqualTo(new[] { "USR-001" }));
        });
    }

    [Test]
    public void A_check_in_two_parts_appears_once_with_the_later_result()
    {
        var run = SampleRuns.Hostile();
        var rerun = run with { Tests = [run.Tests[1] with { Outcome = Outcome.Pass }] };
        var merged = RunMerger.Merge([run, rerun]);
        Assert.Multiple(() =>
        {
            Assert.That(merged.Counts.Total, Is.EqualTo(5));
            Assert.That(merged.Counts.Fail, Is.EqualTo(0));
        });
    }
}
