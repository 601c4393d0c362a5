using System.Globalization;

namespace ScimConformance.Core.Http;

/// <summary>
/// How the client honours 429 Too Many Requests: Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3),
/// a default pause when it is absent, and a bound beyond which the harness stops waiting and reports the 429.
/// </summary>
public static class RateLimit
{
    public const int MaxRetries = 3;
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait before retrying, or null when the endpoint asks for longer than <see cref="MaxWait"/>.</summary>
    public static TimeSpan? Wait(string? retryAfter, DateTimeOffset now)
    {
        TimeSpan wait;
        if (string.IsNullOrWhiteSpace(retryAfter))
            wait = DefaultWait;
        else if (long.TryParse(retryAfter.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            wait = TimeSpan.FromSeconds(Math.Min(seconds, (long)MaxWait.TotalSeconds + 1));
        else if (DateTimeOffset.TryParseExact(retryAfter.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            wait = at - now < TimeSpan.Zero ? TimeSpan.Zero : at - now;
        else
            wait = DefaultWait;
        return wait > MaxWait ? null : wait;
    }
}
