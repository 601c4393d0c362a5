using System.Globalization;

namespace ScimConformance.Core.Http;

/// <summary>
/// Reads the quota an endpoint announces: the IETF RateLimit fields (<c>RateLimit: "p";r=12;t=30</c>, and the earlier
/// drafts' <c>RateLimit-Remaining</c> / <c>RateLimit-Reset</c>) and the common vendor forms
/// (<c>X-RateLimit-Remaining</c> / <c>X-Rate-Limit-Remaining</c> with a reset in seconds or as a Unix time).
/// </summary>
public static class RateLimitHeaders
{
    /// <summary>Requests left in the current window and the time until it resets.</summary>
    public sealed record Quota(long Remaining, TimeSpan Reset);

    public static Quota? Read(IEnumerable<KeyValuePair<string, string>> headers) => Read(headers, DateTimeOffset.UtcNow);

    public static Quota? Read(IEnumerable<KeyValuePair<string, string>> headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var list = headers as IReadOnlyList<KeyValuePair<string, string>> ?? headers.ToArray();
        if (Value(list, "RateLimit") is { } structured && Structured(structured, now) is { } quota) return quota;
        foreach (var (remainingName, resetName) in new[]
                 {
                     ("RateLimit-Remaining", "RateLimit-Reset"), ("X-RateLimit-Remaining", "X-RateLimit-Reset"),
                     ("X-Rate-Limit-Remaining", "X-Rate-Limit-Reset"),
                 })
        {
            if (Number(Value(list, remainingName)) is { } remaining && Number(Value(list, resetName)) is { } reset)
                return new Quota(remaining, Seconds(reset, now));
        }
        return null;
    }

    // RateLimit: "policy";r=0;t=30 (remaining r, reset in t seconds); the first item names the tightest policy.
    private static Quota? Structured(string value, DateTimeOffset now)
    {
        long? remaining = null, reset = null;
        foreach (var part in value.Split(',')[0].Split(';'))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2) continue;
            if (pair[0] == "r") remaining = Number(pair[1]);
            else if (pair[0] == "t") reset = Number(pair[1]);
        }
        return remaining is { } r && reset is { } t ? new Quota(r, Seconds(t, now)) : null;
    }

    // Vendors send either a delta in seconds or the Unix time of the reset; no delta is a billion seconds long.
    private static TimeSpan Seconds(long value, DateTimeOffset now) =>
        value > 1_000_000_000 ? DateTimeOffset.FromUnixTimeSeconds(value) - now is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero : TimeSpan.FromSeconds(value);

    private static string? Value(IReadOnlyList<KeyValuePair<string, string>> headers, string name) =>
        headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    private static long? Number(string? text) =>
        long.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
