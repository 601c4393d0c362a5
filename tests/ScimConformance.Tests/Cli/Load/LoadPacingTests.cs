using NUnit.Framework;
using ScimConformance.Cli.Commands.Load;

// Expected values read best inline in assertions.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Cli.Load;

[TestFixture]
public sealed class LoadPacingTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [TestCase("3", 3)]
    [TestCase(" 0 ", 0)]
    [TestCase("3600", 30)]
    [TestCase("99999999999999", 1)]
    [TestCase("soon", 1)]
    [TestCase("", 1)]
    [TestCase(null, 1)]
    public void Retry_after_seconds_are_honoured_up_to_the_bound(string? header, int expectedSeconds) =>
        Assert.That(RetryAfter.Of(header, Now), Is.EqualTo(TimeSpan.FromSeconds(expectedSeconds)));

    [Test]
    public void Retry_after_as_an_http_date_waits_until_then_bounded_and_never_negative()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RetryAfter.Of(Now.AddSeconds(7).ToString("r", System.Globalization.CultureInfo.InvariantCulture), Now), Is.EqualTo(TimeSpan.FromSeconds(7)));
            Assert.That(RetryAfter.Of(Now.AddHours(2).ToString("r", System.Globalization.CultureInfo.InvariantCulture), Now), Is.EqualTo(RetryAfter.Max));
            Assert.That(RetryAfter.Of(Now.AddSeconds(-20).ToString("r", System.Globalization.CultureInfo.InvariantCulture), Now), Is.EqualTo(TimeSpan.Zero));
        });
    }

    [Test]
    public void Rate_gate_spaces_reservations_evenly_and_forgets_idle_time()
    {
        var clock = new ManualClock(Now);
        var gate = new RateGate(4, clock);
        var waits = Enumerable.Range(0, 4).Select(_ => gate.Reserve()).ToArray();
        clock.Now += TimeSpan.FromSeconds(10);
        Assert.Multiple(() =>
        {
            Assert.That(waits, Is.EqualTo(new[] { 0, 250, 500, 750 }.Select(ms => TimeSpan.FromMilliseconds(ms))));
            Assert.That(gate.Reserve(), Is.EqualTo(TimeSpan.Zero), "an idle gate does not bank a burst");
            Assert.That(gate.Reserve(), Is.EqualTo(TimeSpan.FromMilliseconds(250)));
        });
    }

    [Test]
    public void Without_a_rate_nothing_waits() =>
        Assert.That(Enumerable.Range(0, 100).Select(_ => new RateGate(null).Reserve()), Is.All.EqualTo(TimeSpan.Zero));

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
