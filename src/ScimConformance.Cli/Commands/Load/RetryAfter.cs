using System.Globalization;

namespace ScimConformance.Cli.Commands.Load;

/// <summary>How long to wait after a 429 (RFC 9110 §10.2.3 Retry-After: seconds or an HTTP date), bounded.</summary>
public static class RetryAfter
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(30);

    public static TimeSpan Of(string? header, DateTimeOffset now)
    {
        var value = header?.Trim();
        TimeSpan wait;
        if (string.IsNullOrEmpty(value)) wait = Default;
        else if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)) wait = TimeSpan.FromSeconds(seconds);
        else if (DateTimeOffset.TryParseExact(value, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)) wait = date - now;
        else wait = Default;
        if (wait < TimeSpan.Zero) return TimeSpan.Zero;
        return wait > Max ? Max : wait;
    }
}
