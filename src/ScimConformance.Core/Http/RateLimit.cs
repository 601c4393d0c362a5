using System.Globalization;

namespace ScimConformance.Core.Http;

/// <summary>
/// How the client honours 429 Too Many Requests: Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3), else
/// the reset of the quota the endpoint announced, else a default pause; bounds beyond which the harness stops
/// waiting and reports the 429 (one wait longer than <see cref="MaxWait"/>, or waits adding up to more than
/// <see cref="MaxTotalWait"/> for one request).
/// </summary>
public static class RateLimit
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxTotalWait = TimeSpan.FromSeconds(90);

    /// <summary>How long a 429 asks the run to wait (Retry-After, else the announced reset), or null beyond <see cref="MaxWait"/>.</summary>
    public static TimeSpan? WaitFor(ScimResponse response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        var retryAfter = response.Header("Retry-After");
        if (retryAfter is null && RateLimitHeaders.Read(response.Headers, now) is { } quota)
            return quota.Reset > MaxWait ? null : quota.Reset;
        return Wait(retryAfter, now);
    }

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
