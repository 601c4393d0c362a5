using NUnit.Framework;
using ScimConformance.Runner.Model.Latency;

namespace ScimConformance.Tests.Runner.Latency;

[TestFixture]
public sealed class PercentilesTests
{
    private static readonly double[] OneToHundred = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();

    [TestCase(50, 50)]
    [TestCase(95, 95)]
    [TestCase(99, 99)]
    [TestCase(100, 100)]
    [TestCase(0.5, 1)]
    public void Nearest_rank_of_one_to_a_hundred_is_the_rank_itself(double p, double expected) =>
        Assert.That(Percentiles.NearestRank(OneToHundred, p), Is.EqualTo(expected));

    [Test]
    public void Nearest_rank_rounds_the_rank_up_and_returns_an_observed_value()
    {
        double[] values = [10, 20, 30, 40, 50];
        Assert.Multiple(() =>
        {
            // ceil(0.5 × 5) = 3, ceil(0.95 × 5) = 5, ceil(0.2 × 5) = 1, ceil(0.21 × 5) = 2
            Assert.That(Percentiles.NearestRank(values, 50), Is.EqualTo(30));
            Assert.That(Percentiles.NearestRank(values, 95), Is.EqualTo(50));
            Assert.That(Percentiles.NearestRank(values, 20), Is.EqualTo(10));
            Assert.That(Percentiles.NearestRank(values, 21), Is.EqualTo(20));
        });
    }

    [Test]
    public void One_value_is_every_percentile_and_no_value_is_zero()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Percentiles.NearestRank([7.5], 1), Is.EqualTo(7.5));
            Assert.That(Percentiles.NearestRank([7.5], 99), Is.EqualTo(7.5));
            Assert.That(Percentiles.NearestRank([], 50), Is.Zero);
        });
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(100.1)]
    public void A_percentile_outside_zero_to_a_hundred_is_refused(double p) =>
        Assert.That(() => Percentiles.NearestRank(OneToHundred, p), Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void Milliseconds_are_rounded_to_a_hundredth() =>
        Assert.That(Percentiles.Milliseconds(TimeSpan.FromTicks(123_456)), Is.EqualTo(12.35));
}
