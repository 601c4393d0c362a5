using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>
/// Checks a value against its attribute's type (RFC 7643 §2.3) and returns a detached copy that uses the
/// schema's spelling for sub-attribute names. A type mismatch is invalidValue; a readOnly sub-attribute is mutability.
/// </summary>
internal sealed class ValueNormalizer(PatchOracleOptions options)
{
    /// <summary>A whole multi-valued attribute: an array, or a single value that stands for a one-value array.</summary>
    public JsonArray Values(AttributeDefinition attribute, JsonNode? value)
    {
        var items = value is JsonArray array ? array.ToArray() : [value];
        var result = new JsonArray();
        foreach (var item in items)
            if (!JsonMembers.IsUnassigned(item)) result.Add(Single(attribute, item));
        return result;
    }

    /// <summary>One value of the attribute (a singular attribute's value, or one element of a multi-valued one).</summary>
    public JsonNode Single(AttributeDefinition attribute, JsonNode? value)
    {
        if (value is null || value.GetValueKind() == JsonValueKind.Null)
            throw PatchRejectedException.InvalidValue($"A value of \"{attribute.Name}\" is null.");
        if (attribute.Type == "complex") return Complex(attribute, value);
        if (value is not JsonValue primitive)
            throw PatchRejectedException.InvalidValue($"\"{attribute.Name}\" is {Article(attribute.Type)} {attribute.Type}, not {Describe(value)}.");
        var kind = primitive.GetValueKind();
        var accepted = attribute.Type switch
        {
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False || StringBoolean(primitive) is not null,
            "integer" => kind == JsonValueKind.Number && primitive.TryGetValue<long>(out _),
            "decimal" => kind == JsonValueKind.Number,
            "dateTime" => kind == JsonValueKind.String && IsDateTime(primitive.GetValue<string>()),
            "binary" => kind == JsonValueKind.String && IsBase64(primitive.GetValue<string>()),
            _ => kind == JsonValueKind.String,
        };
        if (!accepted)
            throw PatchRejectedException.InvalidValue($"\"{attribute.Name}\" is {Article(attribute.Type)} {attribute.Type}, not {Describe(value)}.");
        if (attribute.Type == "boolean" && StringBoolean(primitive) is { } coerced) return JsonValue.Create(coerced);
        return primitive.DeepClone();
    }

    private JsonObject Complex(AttributeDefinition attribute, JsonNode value)
    {
        if (value is not JsonObject obj)
            throw PatchRejectedException.InvalidValue($"\"{attribute.Name}\" is complex; its value must be an object, not {Describe(value)}.");
        var result = new JsonObject();
        foreach (var (key, member) in obj)
        {
            var sub = attribute.Sub(key)
                ?? throw PatchRejectedException.InvalidValue($"\"{attribute.Name}\" has no sub-attribute \"{key}\".");
            if (sub.Mutability == "readOnly")
                throw PatchRejectedException.Mutability($"\"{attribute.Name}.{sub.Name}\" is readOnly.");
            if (JsonMembers.IsUnassigned(member)) continue;
            JsonMembers.Set(result, sub.Name, sub.MultiValued ? Values(sub, member) : Single(sub, member));
        }
        return result;
    }

    private bool? StringBoolean(JsonValue value) =>
        options.AcceptStringBooleans && value.GetValueKind() == JsonValueKind.String && bool.TryParse(value.GetValue<string>(), out var b) ? b : null;

    private static bool IsDateTime(string text)
    {
        try
        {
            XmlConvert.ToDateTimeOffset(text);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool IsBase64(string text) => Convert.TryFromBase64String(text, new byte[text.Length], out _);

    private static string Article(string type) => type is "integer" ? "an" : "a";

    private static string Describe(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => $"the string {value.ToJsonString()}",
        JsonValueKind.Number => $"the number {value.ToJsonString()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.ToJsonString()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
