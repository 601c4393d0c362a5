using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// The value of <c>active</c> a PUT or PATCH body asks for, reading booleans and the strings "True"/"False"
/// that Entra ID sends; null when the body does not touch <c>active</c>. PATCH operations apply in order.
/// </summary>
public static class IntendedActive
{
    public static bool? Of(string method, JsonObject? body)
    {
        if (body is null) return null;
        if (method == "PUT") return Parse(Member(body, "active"));
        if (method != "PATCH") return null;
        bool? result = null;
        foreach (var op in (Member(body, "Operations") as JsonArray ?? []).OfType<JsonObject>())
        {
            var kind = ((string?)Member(op, "op") ?? "").ToLower(CultureInfo.InvariantCulture);
            if (kind is not ("add" or "replace")) continue;
            var path = Member(op, "path") is JsonValue p && p.GetValueKind() == JsonValueKind.String ? p.GetValue<string>() : null;
            var value = Member(op, "value");
            if (path is null && value is JsonObject attributes && Parse(Member(attributes, "active")) is { } fromObject) result = fromObject;
            else if (path is not null && path.Equals("active", StringComparison.OrdinalIgnoreCase) && Parse(value) is { } fromPath) result = fromPath;
        }
        return result;
    }

    private static bool? Parse(JsonNode? value) => value is JsonValue v
        ? v.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(v.GetValue<string>(), out var b) => b,
            _ => null,
        }
        : null;

    private static JsonNode? Member(JsonObject o, string name) => o.Attr(name);
}
