using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimConformance.Core.Patching;

/// <summary>
/// Reads the PatchOp message (RFC 7644 §3.5.2). Every structural fault (missing PatchOp URN, "Operations"
/// absent, not an array or empty, an operation that is not an object, an unknown or missing "op", a
/// non-string "path") is invalidSyntax: §3.12 defines it as a body that "did not conform to the request schema".
/// </summary>
internal static class PatchRequestReader
{
    public static IReadOnlyList<PatchOperation> Read(JsonObject request)
    {
        if (Member(request, "schemas") is not JsonArray schemas || !schemas.Any(s => IsString(s, ScimUris.PatchOp)))
            throw PatchRejectedException.InvalidSyntax($"\"schemas\" must contain {ScimUris.PatchOp}.");
        if (Member(request, "Operations") is not JsonArray operations || operations.Count == 0)
            throw PatchRejectedException.InvalidSyntax("\"Operations\" must be an array of one or more operations.");
        return operations.Select(Operation).ToArray();
    }

    private static PatchOperation Operation(JsonNode? node, int index)
    {
        if (node is not JsonObject operation)
            throw PatchRejectedException.InvalidSyntax($"Operations[{index}] is not an object.");
        var opName = Member(operation, "op") is JsonValue op && op.GetValueKind() == JsonValueKind.String ? op.GetValue<string>() : null;
        // Operation names are case-insensitive: Entra ID sends "Add", "Replace", "Remove".
        PatchOpKind? kind = opName?.ToLowerInvariant() switch
        {
            "add" => PatchOpKind.Add,
            "replace" => PatchOpKind.Replace,
            "remove" => PatchOpKind.Remove,
            _ => null,
        };
        if (kind is null)
            throw PatchRejectedException.InvalidSyntax($"Operations[{index}] has op {Member(operation, "op")?.ToJsonString() ?? "(missing)"}; expected add, replace or remove.");
        var path = Member(operation, "path");
        if (path is not null && path.GetValueKind() != JsonValueKind.Null && path.GetValueKind() != JsonValueKind.String)
            throw PatchRejectedException.InvalidSyntax($"Operations[{index}] has a \"path\" that is not a string.");
        var pathText = path is JsonValue p && p.GetValueKind() == JsonValueKind.String ? p.GetValue<string>() : null;
        return new PatchOperation(kind.Value, pathText, Member(operation, "value"), index);
    }

    private static JsonNode? Member(JsonObject obj, string name) => JsonMembers.Get(obj, name);

    private static bool IsString(JsonNode? node, string expected) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.Equals(v.GetValue<string>(), expected, StringComparison.OrdinalIgnoreCase);
}
