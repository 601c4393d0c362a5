using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimConformance.Authoring;

/// <summary>
/// Reads SCIM JSON the way RFC 7643 §2.1 asks: attribute names match without regard to case, so a
/// server that answers "UserName" is read as well as one that answers "userName".
/// </summary>
public static class JsonAccess
{
    /// <summary>The member named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static JsonNode? Attr(this JsonObject? resource, string name)
    {
        if (resource is null) return null;
        if (resource.TryGetPropertyValue(name, out var exact)) return exact;
        foreach (var (key, value) in resource)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return value;
        return null;
    }

    /// <summary>Follows a dotted path ("meta.location", "name.givenName"); URN-keyed members are looked up whole first.</summary>
    public static JsonNode? At(this JsonObject? resource, string path)
    {
        if (resource.Attr(path) is { } whole) return whole;
        JsonNode? current = resource;
        foreach (var part in path.Split('.'))
        {
            current = (current as JsonObject).Attr(part);
            if (current is null) return null;
        }
        return current;
    }

    public static bool Has(this JsonObject? resource, string path) => resource.At(path) is not null;

    /// <summary>The value at the path when it is a JSON string, otherwise null.</summary>
    public static string? Text(this JsonObject? resource, string path) =>
        resource.At(path) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static JsonArray? Array(this JsonObject? resource, string path) => resource.At(path) as JsonArray;

    public static JsonObject? Object(this JsonObject? resource, string path) => resource.At(path) as JsonObject;

    /// <summary>The strings of a multi-valued string attribute (e.g. schemas); non-strings are skipped.</summary>
    public static IReadOnlyList<string> Strings(this JsonObject? resource, string path) =>
        resource.Array(path)?.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String)
            .Select(v => v.GetValue<string>()).ToArray() ?? [];

    /// <summary>The "value" sub-attribute of every entry of a multi-valued complex attribute (members, groups, emails).</summary>
    public static IReadOnlyList<string> Values(this JsonObject? resource, string path) =>
        resource.Array(path)?.OfType<JsonObject>().Select(o => o.Text("value")).OfType<string>().ToArray() ?? [];

    /// <summary>An RFC 3339 / xsd:dateTime value; offsets other than Z are fine.</summary>
    public static DateTimeOffset? Timestamp(this JsonObject? resource, string path) =>
        resource.Text(path) is { } text && text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? value
            : null;

    /// <summary>A short rendering of a node for failure messages.</summary>
    public static string Show(this JsonNode? node)
    {
        if (node is null) return "(absent)";
        var text = node.ToJsonString();
        return text.Length <= 160 ? text : text[..157] + "...";
    }
}
