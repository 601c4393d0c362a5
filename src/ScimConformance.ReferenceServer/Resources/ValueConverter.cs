using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// Brings a client value into the server's canonical form for one attribute: schema casing of
/// sub-attribute names, type checked (RFC 7643 section 2.3), readOnly sub-attributes and unknown
/// sub-attributes dropped, empty values treated as unassigned (null).
/// </summary>
internal static class ValueConverter
{
    /// <param name="lenientBooleans">Accept "True"/"False" strings for booleans, as some provisioning clients send in PATCH.</param>
    public static JsonNode? Convert(JsonNode? value, SchemaAttribute attribute, bool lenientBooleans = false)
    {
        if (value is null)
        {
            return null;
        }

        if (!attribute.MultiValued)
        {
            return ConvertSingle(value, attribute, lenientBooleans);
        }

        if (value is not JsonArray array)
        {
            throw Invalid($"'{attribute.Name}' is multi-valued, so its value must be a JSON array.");
        }

        var result = new JsonArray();
        foreach (var item in array)
        {
            if (ConvertSingle(item, attribute, lenientBooleans) is { } converted)
            {
                result.Add(converted);
            }
        }

        CheckSinglePrimary(result, attribute);
        return result.Count == 0 ? null : result;
    }

    /// <summary>Converts one value of a (possibly multi-valued) attribute.</summary>
    public static JsonNode? ConvertSingle(JsonNode? value, SchemaAttribute attribute, bool lenientBooleans = false)
    {
        if (value is null)
        {
            return null;
        }

        if (attribute.IsComplex)
        {
            if (value is not JsonObject complex)
            {
                throw Invalid($"'{attribute.Name}' is complex, so each value must be a JSON object.");
            }

            var result = new JsonObject();
            foreach (var (key, subValue) in complex)
            {
                var sub = attribute.FindSub(key);
                if (sub is null || sub.IsReadOnly)
                {
                    continue;
                }

                if (ConvertSingle(subValue, sub, lenientBooleans) is { } converted)
                {
                    result[sub.Name] = converted;
                }
            }

            return result.Count == 0 ? null : result;
        }

        return ConvertSimple(value, attribute, lenientBooleans);
    }

    /// <summary>RFC 7643 section 2.4: at most one value of a multi-valued attribute may be primary.</summary>
    public static void CheckSinglePrimary(JsonArray values, SchemaAttribute attribute)
    {
        if (values.Count(v => v is JsonObject o && o["primary"] is JsonValue p && p.GetValueKind() == JsonValueKind.True) > 1)
        {
            throw Invalid($"At most one value of '{attribute.Name}' may have primary set to true.");
        }
    }

    private static JsonValue ConvertSimple(JsonNode value, SchemaAttribute attribute, bool lenientBooleans)
    {
        if (value is not JsonValue scalar)
        {
            throw Invalid($"'{attribute.Name}' takes a single {attribute.Type} value, not an object or array.");
        }

        var kind = scalar.GetValueKind();
        switch (attribute.Type)
        {
            case "boolean":
                if (kind is JsonValueKind.True or JsonValueKind.False)
                {
                    return JsonValue.Create(kind == JsonValueKind.True);
                }

                if (lenientBooleans && kind == JsonValueKind.String && bool.TryParse(scalar.GetValue<string>(), out var parsed))
                {
                    return JsonValue.Create(parsed);
                }

                throw Invalid($"'{attribute.Name}' must be a JSON boolean.");
            case "integer":
                if (kind == JsonValueKind.Number && scalar.TryGetValue(out long integer))
                {
                    return JsonValue.Create(integer);
                }

                throw Invalid($"'{attribute.Name}' must be an integer.");
            case "decimal":
                if (kind == JsonValueKind.Number)
                {
                    return JsonValue.Create(scalar.GetValue<decimal>());
                }

                throw Invalid($"'{attribute.Name}' must be a number.");
            case "dateTime":
                if (kind == JsonValueKind.String && TimestampFormat.TryNormalize(scalar.GetValue<string>(), out _))
                {
                    return JsonValue.Create(scalar.GetValue<string>());
                }

                throw Invalid($"'{attribute.Name}' must be an xsd:dateTime string.");
            case "binary":
                // RFC 7643 section 2.3.6: binary values are base64 (RFC 4648 section 4).
                if (kind == JsonValueKind.String && IsBase64(scalar.GetValue<string>()))
                {
                    return JsonValue.Create(scalar.GetValue<string>());
                }

                throw Invalid($"'{attribute.Name}' is binary, so its value must be a base64-encoded string.");
            case "reference":
                // RFC 7643 section 2.3.7: a reference is an absolute or relative URI.
                if (kind == JsonValueKind.String && Uri.IsWellFormedUriString(scalar.GetValue<string>(), UriKind.RelativeOrAbsolute))
                {
                    return JsonValue.Create(scalar.GetValue<string>());
                }

                throw Invalid($"'{attribute.Name}' is a reference, so its value must be a URI.");
            default:
                if (kind == JsonValueKind.String)
                {
                    return Canonical(scalar.GetValue<string>(), attribute);
                }

                throw Invalid($"'{attribute.Name}' must be a JSON string.");
        }
    }

    /// <summary>The value as sent; one outside the canonical values is refused where this server enforces them, never rewritten.</summary>
    private static JsonValue Canonical(string value, SchemaAttribute attribute)
    {
        var comparison = attribute.CaseExact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        if (attribute.CanonicalValuesEnforced && !attribute.CanonicalValues.Any(c => string.Equals(c, value, comparison)))
        {
            throw Invalid($"'{attribute.Name}' takes one of {string.Join(", ", attribute.CanonicalValues)}.");
        }

        return JsonValue.Create(value);
    }

    private static bool IsBase64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return System.Convert.TryFromBase64String(text, buffer, out _);
    }

    private static ScimException Invalid(string detail) => ScimException.BadRequest(ScimErrorType.InvalidValue, detail);
}
