using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Tests.Runner.Findings;

[TestFixture]
public sealed class SetDifferenceTests
{
    [Test]
    public void Says_what_is_missing_and_what_is_unexpected_with_a_few_examples()
    {
        var difference = new SetDifference(["a", "b", "c", "d", "e"], ["a", "x", "y"]);
        Assert.Multiple(() =>
        {
            Assert.That(difference.Same, Is.False);
            Assert.That(difference.Describe(), Is.EqualTo("missing 4 (e.g. b, c, d, ...), unexpected 2 (e.g. x, y)"));
            Assert.That(difference.AsExpectation(), Is.EqualTo(new Expectation("5: a, b, c and 2 more", "3: a, x, y")));
        });
    }

    [Test]
    public void Equal_sets_in_another_order_are_the_same_and_a_repeat_is_not()
    {
        Assert.That(new SetDifference(["a", "b"], ["b", "a"]).Same, Is.True);
        var repeated = new SetDifference(["a", "b"], ["a", "b", "b"]);
        Assert.That(repeated.Same, Is.False);
        Assert.That(repeated.Describe(), Is.EqualTo("repeated 1 (e.g. b)"));
    }

    [Test]
    public void An_empty_side_is_none()
    {
        Assert.That(new SetDifference([], ["a"]).AsExpectation().Expected, Is.EqualTo("none"));
        Assert.That(new SetDifference([], ["a"]).Describe(), Is.EqualTo("unexpected 1 (e.g. a)"));
    }
}
