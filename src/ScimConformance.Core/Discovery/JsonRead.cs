using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Json;

namespace ScimConformance.Core.Discovery;

/// <summary>
/// Lenient readers for discovery documents: SCIM attribute names are case-insensitive (RFC 7643 §2.1),
/// and real endpoints send "true" for true or numbers as strings, so reading tolerates both.
/// </summary>
internal static class JsonRead
{
    public static JsonNode? Member(this JsonObject? obj, string name) => ScimMembers.Member(obj, name);

    public static JsonObject? Object(this JsonObject? obj, string name) => obj.Member(name) as JsonObject;

    public static string? String(this JsonObject? obj, string name) =>
        obj.Member(name) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static bool? Bool(this JsonObject? obj, string name) => obj.Member(name) switch
    {
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.String && bool.TryParse(v.GetValue<string>(), out var b) => b,
        _ => null,
    };

    public static int? Int(this JsonObject? obj, string name) => obj.Member(name) switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<double>(out var d) => (int)Math.Min(d, int.MaxValue),
        JsonValue v when v.GetValueKind() == JsonValueKind.String
            && int.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
        _ => null,
    };

    public static IReadOnlyList<string> Strings(this JsonObject? obj, string name) =>
        obj.Member(name) is JsonArray a
            ? a.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>()).ToArray()
            : [];

    public static IEnumerable<JsonObject> Objects(this JsonObject? obj, string name) =>
        obj.Member(name) is JsonArray a ? a.OfType<JsonObject>() : [];
}
