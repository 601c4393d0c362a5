using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer.Bulk;

/// <summary>Reads a BulkRequest message (RFC 7644 section 3.7); member names are matched without regard to case.</summary>
internal static class BulkRequestParser
{
    public static BulkRequest Parse(JsonObject body, bool enforceLimits)
    {
        if (body.Member("schemas") is not JsonArray schemas
            || !schemas.Any(s => s is JsonValue v && v.TryGetValue(out string? urn) && string.Equals(urn, ScimUrns.BulkRequest, StringComparison.OrdinalIgnoreCase)))
        {
            throw Syntax($"A bulk request must carry \"schemas\": [\"{ScimUrns.BulkRequest}\"].");
        }

        if (body.Member("Operations") is not JsonArray operations || operations.Count == 0)
        {
            throw Syntax("A bulk request must carry a non-empty \"Operations\" array.");
        }

        if (enforceLimits && operations.Count > BulkLimits.MaxOperations)
        {
            throw new ScimException(StatusCodes.Status413PayloadTooLarge, null,
                $"The bulk request has {operations.Count} operations; maxOperations is {BulkLimits.MaxOperations}.");
        }

        return new BulkRequest(operations.Select(ParseOperation).ToArray(), FailOnErrors(body));
    }

    private static int? FailOnErrors(JsonObject body)
    {
        var value = body.Member("failOnErrors");
        if (value is null)
        {
            return null;
        }

        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue(out int count) && count >= 1)
        {
            return count;
        }

        throw ScimException.BadRequest(ScimErrorType.InvalidValue, "failOnErrors must be an integer of at least 1.");
    }

    private static BulkOperation ParseOperation(JsonNode? node, int index)
    {
        if (node is not JsonObject operation)
        {
            throw Syntax($"Operations[{index}] must be a JSON object.");
        }

        var method = Text(operation, "method", index) ?? throw Syntax($"Operations[{index}] needs a \"method\".");
        var path = Text(operation, "path", index) ?? throw Syntax($"Operations[{index}] needs a \"path\".");
        return new BulkOperation(index, method.ToUpperInvariant(), path, Text(operation, "bulkId", index), Text(operation, "version", index),
            operation.Member("data")?.DeepClone());
    }

    private static string? Text(JsonObject operation, string name, int index) => operation.Member(name) switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? text) => text,
        _ => throw Syntax($"Operations[{index}].{name} must be a string."),
    };


    private static ScimException Syntax(string detail) => ScimException.BadRequest(ScimErrorType.InvalidSyntax, detail);
}
