using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Json;

namespace ScimConformance.Core.Patching;

/// <summary>Case-insensitive member access (RFC 7643 §2.1) that writes names with the schema's spelling.</summary>
internal static class JsonMembers
{
    public static string? FindKey(JsonObject obj, string name) => ScimMembers.FindKey(obj, name);

    public static JsonNode? Get(JsonObject obj, string name) => ScimMembers.Member(obj, name);

    public static void Set(JsonObject obj, string name, JsonNode? value)
    {
        if (FindKey(obj, name) is { } key && key != name) obj.Remove(key);
        obj[name] = value;
    }

    /// <summary>Renames a member to the schema's spelling (keeping its value) and returns that value.</summary>
    public static JsonNode? Adopt(JsonObject obj, string name)
    {
        if (FindKey(obj, name) is not { } key) return null;
        if (key == name) return obj[key];
        var value = obj[key];
        obj.Remove(key);
        obj[name] = value;
        return value;
    }

    public static bool Remove(JsonObject obj, string name) => FindKey(obj, name) is { } key && obj.Remove(key);

    /// <summary>RFC 7643 §2.5: null, an empty array and (by extension) an empty complex value all mean "unassigned".</summary>
    public static bool IsUnassigned(JsonNode? node) => node switch
    {
        null => true,
        JsonArray a => a.All(IsUnassigned),
        JsonObject o => o.All(kv => IsUnassigned(kv.Value)),
        JsonValue v => v.GetValueKind() == JsonValueKind.Null,
        _ => false,
    };

    public static bool IsTrue(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.True;
}
