using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimConformance.Authoring;

/// <summary>JSON type tests for the SCIM data types of RFC 7643 §2.3.</summary>
public static class JsonKinds
{
    public static bool IsBoolean(this JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    public static bool IsString(this JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    /// <summary>A JSON number without fraction or exponent (RFC 7643 §2.3.4).</summary>
    public static bool IsInteger(this JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out _)
        && !v.ToJsonString().AsSpan().ContainsAny('.', 'e') && !v.ToJsonString().Contains('E', StringComparison.Ordinal);
}
