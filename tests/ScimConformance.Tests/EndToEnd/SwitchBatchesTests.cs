using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>How the switch runs are planned: switches that touch no common fixture share a run, every other one has its own.</summary>
public sealed class SwitchBatchesTests
{
    private static readonly string[] ExpectedRuns = ["a+c", "b", "d", "e"];

    private static HashSet<string> Fixtures(params string[] names) => names.ToHashSet(StringComparer.Ordinal);

    [Test]
    public void Switches_on_disjoint_fixtures_share_a_run_and_the_rest_run_alone_in_catalogue_order()
    {
        string[] all = ["a", "b", "c", "d", "e"];
        var plan = SwitchBatches.Plan(all,
        [
            ("a", Fixtures("Users")),
            ("b", Fixtures("Users", "Groups")),
            ("c", Fixtures("Patch")),
            ("d", null),
        ]);

        Assert.That(plan.Select(run => string.Join("+", run)), Is.EqualTo(ExpectedRuns));
    }

    [Test]
    public void A_batch_holds_at_most_its_maximum()
    {
        var names = Enumerable.Range(0, SwitchBatches.MaxSize + 1).Select(i => "s" + i).ToArray();
        var plan = SwitchBatches.Plan(names, names.Select(n => (n, (IReadOnlySet<string>?)Fixtures("fixture-of-" + n))));

        Assert.That(plan.Select(run => run.Length), Is.EqualTo((int[])[SwitchBatches.MaxSize, 1]));
    }
}
