using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// Values of a declared type (RFC 7643 §2.3) for generated cases: each string carries the run prefix and a fresh token
/// (so two resources never share one by accident and the end-of-run sweep finds them) in mixed case (so a changed case
/// shows); core attributes with a defined format (emails, phone numbers, locales, time zones) get a value of that format.
/// A variant number makes successive values differ (create, replace, patch). Null means no value can be built: an
/// unknown type, a complex attribute without writable sub-attributes, or a reference to a resource when there is none.
/// </summary>
internal sealed class AttributeValues(string prefix, Func<string> token, string? anchorId, string? anchorLocation)
{
    private static readonly string[] Locales = ["en-US", "fr-CA", "de-DE", "es-MX"];
    private static readonly string[] TimeZones = ["America/Los_Angeles", "Europe/Paris", "Asia/Tokyo", "Africa/Nairobi"];
    private static readonly string[] Countries = ["US", "CA", "GB", "DE"];

    /// <summary>A value for the attribute; sub-attributes the client may not write are left out unless <paramref name="readOnlyToo"/>.</summary>
    public JsonNode? Value(AttributeDefinition a, int variant, bool readOnlyToo = false)
    {
        var first = Single(a, a.Name, variant, readOnlyToo);
        if (!a.MultiValued || first is null) return first;
        // A complex multi-valued attribute gets one value (its primary, if it has one); a simple one gets two.
        return a.Type == "complex" ? new JsonArray(first) : new JsonArray(first, Single(a, a.Name, variant + 10, readOnlyToo));
    }

    /// <summary>A string of the attribute's format that is certainly not one of its canonicalValues.</summary>
    public string Outside() => $"{prefix}Outside-{token()}";

    private JsonNode? Single(AttributeDefinition a, string path, int variant, bool readOnlyToo) =>
        a.Type == "complex" ? Complex(a, variant, readOnlyToo) : Simple(a, path, variant);

    private JsonObject? Complex(AttributeDefinition a, int variant, bool readOnlyToo)
    {
        var value = new JsonObject();
        var hasValue = a.SubAttributes.Any(s => s.Name == "value");
        foreach (var sub in a.SubAttributes.Where(s => readOnlyToo || s.Mutability != "readOnly"))
        {
            // The server derives $ref from value when both are declared (RFC 7643 §2.4); it is not ours to send.
            if (sub.Name == "$ref" && hasValue) continue;
            // Nor is the display name of a resource the value points at (a member's, a manager's): it is that resource's.
            if (sub.Name == "display" && AttributeCaseGenerator.PointsAtResources(a)) continue;
            var subValue = sub.Name == "value" && AttributeCaseGenerator.PointsAtResources(a) ? (anchorId is null ? null : JsonValue.Create(anchorId))
                : sub.Name == "primary" && sub.Type == "boolean" ? JsonValue.Create(true)
                // The kind of resource the value points at: the anchor is a User.
                : sub.Name == "type" && AttributeCaseGenerator.PointsAtResources(a) && sub.CanonicalValues.Contains("User") ? JsonValue.Create("User")
                : Simple(sub, a.Name + "." + sub.Name, variant);
            if (subValue is null)
            {
                if (sub.Required || sub.Name == "value") return null;
                continue;
            }
            value[sub.Name] = subValue;
        }
        return value.Count == 0 ? null : value;
    }

    private JsonNode? Simple(AttributeDefinition a, string path, int variant)
    {
        if (a.CanonicalValues.Count > 0 && a.Type == "string") return a.CanonicalValues[variant % a.CanonicalValues.Count];
        var n = variant.ToString(CultureInfo.InvariantCulture);
        return a.Type switch
        {
            "string" => Formatted(path, variant) ?? $"{prefix}{Slug(a.Name)}-Var{n}-{token()}",
            "boolean" => variant % 2 == 0,
            "integer" => 100 + variant * 7,
            "decimal" => 12.25m + variant,
            "dateTime" => new DateTimeOffset(2021, 3, 1 + variant % 27, 10, 20, 30, TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            "binary" => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{prefix}bytes-{n}-{token()}")),
            "reference" => Reference(a, path, n),
            _ => null,
        };
    }

    private JsonNode? Reference(AttributeDefinition a, string path, string n)
    {
        if (a.ReferenceTypes.Count > 0 && a.ReferenceTypes.All(t => t is not ("external" or "uri")))
            return anchorLocation is null ? null : JsonValue.Create(anchorLocation);
        var kind = path.Equals("photos.value", StringComparison.OrdinalIgnoreCase) ? ".jpg" : "";
        return $"https://example.com/{prefix}{Slug(a.Name)}/{n}-{token()}{kind}";
    }

    /// <summary>Values of the formats RFC 7643 §4.1 defines for core User attributes; null for any other path.</summary>
    private string? Formatted(string path, int variant) => path.ToLowerInvariant() switch
    {
        "emails.value" => $"{prefix}{token()}{variant}@example.com",
        "phonenumbers.value" => $"tel:+1-201-555-01{variant % 100:00}",
        "locale" or "preferredlanguage" => Locales[variant % Locales.Length],
        "timezone" => TimeZones[variant % TimeZones.Length],
        "addresses.country" => Countries[variant % Countries.Length],
        "password" => $"Pw{variant}-{token()}!Xy9",
        _ => null,
    };

    private static string Slug(string name) => new(name.Where(char.IsAsciiLetterOrDigit).ToArray());
}
