using NUnit.Framework;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Selection;

namespace ScimConformance.Tests.Runner;

/// <summary>A selection that matches nothing is refused before a run unless empty runs are allowed.</summary>
[TestFixture]
public sealed class SelectionPlannerTests
{
    [Test]
    public void An_include_term_matching_no_check_is_named()
    {
        var e = Assert.Throws<ConfigurationException>(() =>
            SelectionPlanner.Plan([SampleSuite.Assembly], new TestSelection(["SMP-001", "NOPE-*"], null), null, allowEmpty: false))!;
        Assert.That(e.Message, Does.StartWith("--include 'NOPE-*' matches no check"));
    }

    [Test]
    public void A_selection_that_excludes_everything_is_refused_unless_allowed()
    {
        var everything = new TestSelection(null, ["SMP-*"]);
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ConfigurationException>(() => SelectionPlanner.Plan([SampleSuite.Assembly], everything, null, allowEmpty: false))!.Message,
                Does.Contain("matches no check"));
            Assert.That(SelectionPlanner.Plan([SampleSuite.Assembly], everything, null, allowEmpty: true).Selected, Is.Zero);
            Assert.That(SelectionPlanner.Plan([SampleSuite.Assembly], new TestSelection(["NOPE-*"], null), null, allowEmpty: true).Selected, Is.Zero);
        });
    }

    [Test]
    public void An_empty_shard_of_a_non_empty_selection_is_not_an_error()
    {
        var planned = SelectionPlanner.Plan([SampleSuite.Assembly], new TestSelection(["SMP-001"], null), new(2, 2), allowEmpty: false);
        Assert.Multiple(() =>
        {
            Assert.That(planned.Selected, Is.Zero);
            Assert.That(planned.Shard, Is.EqualTo(new global::ScimConformance.Runner.Model.ShardInfo(2, 2, planned.Shard!.Plan)));
        });
    }
}
