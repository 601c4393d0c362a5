using NUnit.Framework;
using ScimConformance.Core.Http;

namespace ScimConformance.Tests.Core.Http;

/// <summary>Retry-After is honoured in both of its forms, within the bound, and an unreasonable wait is refused.</summary>
[TestFixture]
public sealed class RateLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Test]
    public void Seconds_are_waited()
    {
        Assert.That(RateLimit.Wait("2", Now), Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void An_http_date_is_waited_until()
    {
        Assert.That(RateLimit.Wait(Now.AddSeconds(3).ToString("r", System.Globalization.CultureInfo.InvariantCulture), Now), Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void Absent_or_unreadable_means_the_default_pause()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RateLimit.Wait(null, Now), Is.EqualTo(RateLimit.DefaultWait));
            Assert.That(RateLimit.Wait("soon", Now), Is.EqualTo(RateLimit.DefaultWait));
        });
    }

    [Test]
    public void A_wait_beyond_the_bound_is_not_waited()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RateLimit.Wait("3600", Now), Is.Null);
            Assert.That(RateLimit.Wait(Now.AddHours(1).ToString("r", System.Globalization.CultureInfo.InvariantCulture), Now), Is.Null);
        });
    }
}
