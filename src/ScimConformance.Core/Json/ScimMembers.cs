using System.Text.Json.Nodes;

namespace ScimConformance.Core.Json;

/// <summary>
/// The harness's one case-insensitive member lookup: SCIM attribute names match without regard to case (RFC 7643
/// §2.1), so "UserName" from a server is the "userName" a check asks for. Every reader of SCIM JSON goes through here.
/// </summary>
public static class ScimMembers
{
    /// <summary>The member's name as the object spells it, or null when it has no such member.</summary>
    public static string? FindKey(JsonObject obj, string name)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (obj.ContainsKey(name)) return name;
        foreach (var (key, _) in obj)
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return key;
        return null;
    }

    /// <summary>The member's value (an exact spelling wins over another casing), or null.</summary>
    public static JsonNode? Member(JsonObject? obj, string name) =>
        obj is not null && FindKey(obj, name) is { } key ? obj[key] : null;
}
