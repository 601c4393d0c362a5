using System.Globalization;

namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>
/// The one dateTime spelling the server stores (UTC, milliseconds, "Z"), so that stored timestamps
/// order correctly as text and filter values can be brought to the same spelling.
/// </summary>
internal static class TimestampFormat
{
    private const string Pattern = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryNormalize(string text, out string normalized)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            normalized = Format(instant);
            return true;
        }

        normalized = "";
        return false;
    }
}
