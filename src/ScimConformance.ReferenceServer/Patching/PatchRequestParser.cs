using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer.Patching;

/// <summary>Reads a PatchOp message (RFC 7644 section 3.5.2); member names and op values are matched without regard to case.</summary>
internal static class PatchRequestParser
{
    private static readonly HashSet<string> KnownOps = new(["add", "replace", "remove"], StringComparer.Ordinal);

    public static IReadOnlyList<PatchOperation> Parse(JsonObject body)
    {
        if (body.Member("schemas") is not JsonArray schemas
            || !schemas.Any(s => s is JsonValue v && v.TryGetValue(out string? urn) && string.Equals(urn, ScimUrns.PatchOp, StringComparison.OrdinalIgnoreCase)))
        {
            throw Syntax($"A PATCH body must carry \"schemas\": [\"{ScimUrns.PatchOp}\"].");
        }

        if (body.Member("Operations") is not JsonArray operations || operations.Count == 0)
        {
            throw Syntax("A PATCH body must carry a non-empty \"Operations\" array.");
        }

        return operations.Select(ParseOperation).ToArray();
    }

    private static PatchOperation ParseOperation(JsonNode? node, int index)
    {
        if (node is not JsonObject operation)
        {
            throw Syntax($"Operation {index + 1} is not a JSON object.");
        }

        var op = operation.Member("op") is JsonValue opValue && opValue.TryGetValue(out string? opText) ? opText.ToLowerInvariant() : null;
        if (op is null || !KnownOps.Contains(op))
        {
            throw Syntax($"Operation {index + 1} needs \"op\" set to add, replace or remove.");
        }

        string? path = null;
        if (operation.Member("path") is { } pathNode)
        {
            if (pathNode.GetValueKind() != JsonValueKind.String)
            {
                throw ScimException.BadRequest(ScimErrorType.InvalidPath, $"The path of operation {index + 1} must be a string.");
            }

            path = pathNode.GetValue<string>();
            if (string.IsNullOrWhiteSpace(path))
            {
                path = null;
            }
        }

        return new PatchOperation(op, path, operation.Member("value")?.DeepClone());
    }


    private static ScimException Syntax(string detail) => ScimException.BadRequest(ScimErrorType.InvalidSyntax, detail);
}
