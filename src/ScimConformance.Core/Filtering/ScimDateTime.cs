using System.Globalization;
using System.Text.RegularExpressions;

namespace ScimConformance.Core.Filtering;

/// <summary>RFC 7643 §2.3.5 dateTime values (xsd:dateTime, in practice RFC 3339) read as instants.</summary>
internal static partial class ScimDateTime
{
    public static bool TryParse(string text, out DateTimeOffset instant)
    {
        instant = default;
        // A missing offset is allowed by xsd:dateTime; SCIM servers are expected to emit UTC, so it is read as UTC.
        return Rfc3339().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$")]
    private static partial Regex Rfc3339();
}
