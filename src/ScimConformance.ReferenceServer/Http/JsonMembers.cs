using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Http;

/// <summary>
/// The server's one lookup of JSON members by name without regard to case: attribute names and the members of
/// SCIM messages are case-insensitive (RFC 7643 section 2.1), so "Operations", "operations" and "OPERATIONS" are one member.
/// </summary>
internal static class JsonMembers
{
    /// <summary>The value of the member called <paramref name="name"/> in any casing (an exact match wins), or null.</summary>
    public static JsonNode? Member(this JsonObject? holder, string name)
    {
        if (holder is null) return null;
        if (holder.TryGetPropertyValue(name, out var exact)) return exact;
        return holder.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }

    /// <summary>The names, as the client spelled them, of every member called <paramref name="name"/> in any casing.</summary>
    public static string[] KeysNamed(this JsonObject holder, string name) =>
        holder.Where(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Select(p => p.Key).ToArray();
}
