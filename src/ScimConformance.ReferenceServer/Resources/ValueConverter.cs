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
            default:
                if (kind == JsonValueKind.String)
                {
                    return JsonValue.Create(scalar.GetValue<string>());
                }

                throw Invalid($"'{attribute.Name}' must be a JSON string.");
        }
    }

    private static ScimException Invalid(string detail) => ScimException.BadRequest(ScimErrorType.InvalidValue, detail);
}
