using System.Reflection;
using NUnit.Framework;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Selection;
using ScimConformance.Runner.Sharding;

namespace ScimConformance.Tests.Runner;

/// <summary>Shards split a selection by fixture (a replay profile is one unit), deterministically and about evenly.</summary>
[TestFixture]
public sealed class ShardTests
{
    private static Assembly BuiltInSuites => Assembly.Load(new AssemblyName("ScimConformance.Suites"));

    private static string[][] Shards(Assembly suites, int count)
    {
        var selection = TestSelection.All;
        return Enumerable.Range(1, count)
            .Select(i => SelectionPlanner.Plan([suites], selection, new ShardSpec(i, count), allowEmpty: true).Selection)
            .Select(s => NUnitSession.ExploreChecks([suites], s).Select(t => t.FullName).ToArray())
            .ToArray();
    }

    [Test]
    public void Shards_of_a_real_suite_are_disjoint_cover_every_check_and_keep_each_fixture_whole()
    {
        var all = NUnitSession.ExploreChecks([SampleSuite.Assembly], TestSelection.All);
        var shards = Shards(SampleSuite.Assembly, 3);
        Assert.Multiple(() =>
        {
            Assert.That(shards.SelectMany(s => s), Is.EquivalentTo(all.Select(t => t.FullName)));
            Assert.That(shards.SelectMany(s => s), Is.Unique);
            Assert.That(shards.Count(s => s.Length > 0), Is.EqualTo(3), "three fixtures, three shards");
            foreach (var fixture in all.GroupBy(ShardPlan.UnitOf))
                Assert.That(shards.Count(s => fixture.Any(t => s.Contains(t.FullName))), Is.EqualTo(1), fixture.Key);
        });
    }

    [Test]
    public void Each_replay_profile_and_each_fixture_of_the_built_in_suites_lands_in_one_shard()
    {
        var every = NUnitSession.ExploreChecks([BuiltInSuites], TestSelection.All);
        var plan = ShardPlan.Build(every, 4);
        var profiles = every.Where(t => t.Properties[NUnit.Framework.Internal.PropertyNames.Category].Cast<object>()
                .Any(c => c.ToString()!.StartsWith("profile-", StringComparison.Ordinal)))
            .GroupBy(t => t.Properties[NUnit.Framework.Internal.PropertyNames.Category].Cast<object>().Select(c => c.ToString()!).First(c => c.StartsWith("profile-", StringComparison.Ordinal)))
            .ToArray();
        var sizes = Enumerable.Range(1, 4).Select(plan.ChecksIn).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(profiles, Has.Length.GreaterThan(1), "the built-in suites replay several providers");
            foreach (var profile in profiles)
                Assert.That(profile.Select(plan.ShardOf).Distinct(), Has.Exactly(1).Items, profile.Key);
            foreach (var fixture in every.GroupBy(ShardPlan.UnitOf))
                Assert.That(fixture.Select(plan.ShardOf).Distinct(), Has.Exactly(1).Items, fixture.Key);
            Assert.That(sizes.Sum(), Is.EqualTo(every.Count));
            Assert.That(sizes.Max() - sizes.Min(), Is.LessThanOrEqualTo(every.GroupBy(ShardPlan.UnitOf).Max(g => g.Count())), "largest first to the lightest shard keeps them even");
        });
    }

    [Test]
    public void The_plan_is_the_same_for_the_same_selection_and_differs_for_another()
    {
        var every = NUnitSession.ExploreChecks([SampleSuite.Assembly], TestSelection.All);
        var again = NUnitSession.ExploreChecks([SampleSuite.Assembly], TestSelection.All);
        var fewer = NUnitSession.ExploreChecks([SampleSuite.Assembly], new TestSelection(["SMP-00?"], null));
        Assert.Multiple(() =>
        {
            Assert.That(ShardPlan.Build(again, 3).Fingerprint, Is.EqualTo(ShardPlan.Build(every, 3).Fingerprint));
            Assert.That(ShardPlan.Build(fewer, 3).Fingerprint, Is.Not.EqualTo(ShardPlan.Build(every, 3).Fingerprint));
        });
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
