using NUnit.Framework;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Selection;
using ScimConformance.Runner.Sharding;

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class ShardTests
{
    [Test]
    public void Shards_of_a_real_suite_are_disjoint_and_cover_every_check()
    {
        var all = SuiteRunner.List([SampleSuite.Assembly], TestSelection.All).Select(t => t.Id).ToArray();
        var shards = Enumerable.Range(1, 3)
            .Select(i => SuiteRunner.List([SampleSuite.Assembly], new TestSelection(null, null, new ShardSpec(i, 3))).Select(t => t.Id).ToArray())
            .ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(shards.SelectMany(s => s), Is.EquivalentTo(all));
            Assert.That(shards.SelectMany(s => s), Is.Unique);
            Assert.That(shards.Count(s => s.Length > 0), Is.GreaterThan(1), "the hash spreads the sample's checks");
        });
    }

    [Test]
    public void The_hash_is_stable_across_processes_and_platforms()
    {
        // FNV-1a 32-bit reference values; string.GetHashCode would differ on every run.
        Assert.That(ShardSpec.StableHash(""), Is.EqualTo(2166136261u));
        Assert.That(ShardSpec.StableHash("a"), Is.EqualTo(0xE40C292Cu));
        Assert.That(new ShardSpec(1, 1).Includes("USR-001"), Is.True);
    }

    [TestCase("0/2")]
    [TestCase("3/2")]
    [TestCase("1")]
    [TestCase("a/b")]
    [TestCase("1/0")]
    public void Bad_shard_specs_are_configuration_errors(string text) =>
        Assert.Throws<ConfigurationException>(() => ShardSpec.Parse(text));

    [Test]
    public void Parses_i_of_n() => Assert.That(ShardSpec.Parse("2/4"), Is.EqualTo(new ShardSpec(2, 4)));
}
