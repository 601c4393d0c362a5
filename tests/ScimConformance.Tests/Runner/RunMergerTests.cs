using NUnit.Framework;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Merging;
using ScimConformance.Runner.Model;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class RunMergerTests
{
    private const string Plan = "0123456789abcdef";

    /// <summary>The sample run cut into two shards of one plan.</summary>
    private static (RunResult A, RunResult B, RunResult Whole) TwoShards()
    {
        var whole = SampleRuns.Hostile() with { Command = "scimconf run --base-url https://h/scim/v2 --shard 1/2 --seed 42 --out shard" };
        var a = whole with { Tests = whole.Tests.Take(2).ToArray(), BaselineRemovable = ["USR-001"], Shard = new ShardInfo(1, 2, Plan) };
        var b = whole with
        {
            RunId = "run0002",
            StartedAt = whole.StartedAt.AddSeconds(5),
            Duration = TimeSpan.FromSeconds(20),
            Tests = whole.Tests.Skip(2).ToArray(),
            Leftovers = [],
            Shard = new ShardInfo(2, 2, Plan),
        };
        return (a, b, whole);
    }

    private static string Refusal(params RunResult[] parts) =>
        Assert.Throws<ConfigurationException>(() => RunMerger.Merge(parts))!.Message;

    [Test]
    public void Joins_shards_keeping_the_first_header_and_recounting()
    {
        var (a, b, whole) = TwoShards();
        var merged = RunMerger.Merge([b, a]);
        Assert.Multiple(() =>
        {
            Assert.That(merged.RunId, Is.EqualTo("run0002"), "the header of the first part given");
            Assert.That(merged.Tests.Select(t => t.Check.Id), Is.EquivalentTo(whole.Tests.Select(t => t.Check.Id)));
            Assert.That(merged.Counts, Is.EqualTo(OutcomeCounts.Of(whole.Tests)));
            Assert.That(merged.StartedAt, Is.EqualTo(whole.StartedAt));
            Assert.That(merged.Duration, Is.EqualTo(TimeSpan.FromSeconds(25)));
            Assert.That(merged.Leftovers, Has.Count.EqualTo(1));
            Assert.That(merged.BaselineRemovable, Is.EqualTo(new[] { "USR-001" }));
            Assert.That(merged.Shard, Is.Null, "the merged run is whole");
            Assert.That(merged.Command, Is.EqualTo("scimconf run --base-url https://h/scim/v2 --seed 42 --out shard"), "the reproduce line runs the whole selection");
        });
    }

    [Test]
    public void A_missing_or_repeated_shard_is_refused()
    {
        var (a, b, _) = TwoShards();
        Assert.Multiple(() =>
        {
            Assert.That(Refusal(a), Does.StartWith("Shard 2/2 is missing"));
            Assert.That(Refusal(a, b, b), Does.StartWith("Shard 2/2 is given twice"));
        });
    }

    [Test]
    public void Shards_of_other_targets_seeds_or_plans_and_whole_runs_are_refused()
    {
        var (a, b, whole) = TwoShards();
        Assert.Multiple(() =>
        {
            Assert.That(Refusal(a, b with { Target = b.Target with { BaseUrl = "https://other.example/scim/v2" } }), Does.Contain("the shards of one run test one endpoint"));
            Assert.That(Refusal(a, b with { Seed = b.Seed + 1 }), Does.Contain("give every shard the same --seed"));
            Assert.That(Refusal(a, b with { Shard = b.Shard! with { Plan = "fedcba9876543210" } }), Does.Contain("of another plan"));
            Assert.That(Refusal(a, b with { Shard = new ShardInfo(2, 3, Plan) }), Does.Contain("of another plan"));
            Assert.That(Refusal(whole, b), Does.Contain("is not a shard"));
        });
    }

    [Test]
    public void Demo_shards_match_by_being_demo_runs_whatever_port_their_server_had()
    {
        var (a, b, _) = TwoShards();
        var demoA = a with { Target = new TargetInfo("http://127.0.0.1:40001/scim/v2", "bearer") { Demo = true } };
        var demoB = b with { Target = new TargetInfo("http://127.0.0.1:40002/scim/v2", "bearer") { Demo = true } };
        Assert.Multiple(() =>
        {
            Assert.That(RunMerger.Merge([demoA, demoB]).Counts.Total, Is.EqualTo(5));
            Assert.That(Refusal(demoA, b), Does.Contain("the bundled demo server"));
        });
    }
}
