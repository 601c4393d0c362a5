using NUnit.Framework;
using ScimConformance.Core.Http;

namespace ScimConformance.Tests.Core.Http;

/// <summary>The quota an endpoint announces, in the IETF RateLimit forms and the common vendor ones.</summary>
[TestFixture]
public sealed class RateLimitHeadersTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static RateLimitHeaders.Quota? Read(params (string Name, string Value)[] headers) =>
        RateLimitHeaders.Read(headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToArray(), Now);

    [Test]
    public void Structured_field_of_the_current_draft()
    {
        Assert.That(Read(("RateLimit", "\"burst\";r=0;t=7, \"daily\";r=900;t=3600")), Is.EqualTo(new RateLimitHeaders.Quota(0, TimeSpan.FromSeconds(7))));
    }

    [TestCase("RateLimit-Remaining", "RateLimit-Reset")]
    [TestCase("X-RateLimit-Remaining", "X-RateLimit-Reset")]
    [TestCase("x-rate-limit-remaining", "x-rate-limit-reset")]
    public void Separate_remaining_and_reset_fields(string remaining, string reset)
    {
        Assert.That(Read((remaining, "12"), (reset, "30")), Is.EqualTo(new RateLimitHeaders.Quota(12, TimeSpan.FromSeconds(30))));
    }

    [Test]
    public void A_reset_given_as_a_unix_time_is_read_as_the_time_left()
    {
        var at = Now.AddSeconds(45).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(Read(("X-Rate-Limit-Remaining", "0"), ("X-Rate-Limit-Reset", at)), Is.EqualTo(new RateLimitHeaders.Quota(0, TimeSpan.FromSeconds(45))));
    }

    [Test]
    public void No_quota_without_both_numbers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Read(("X-RateLimit-Remaining", "5")), Is.Null);
            Assert.That(Read(("RateLimit", "\"p\";r=soon")), Is.Null);
            Assert.That(Read(("Content-Type", "application/scim+json")), Is.Null);
        });
    }
}
