using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Http;

/// <summary>Reads a request body as a JSON object, refusing other media types and malformed JSON.</summary>
internal static class RequestBody
{
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        var contentType = request.ContentType;
        if (!string.IsNullOrEmpty(contentType) && !IsJson(contentType))
        {
            throw new ScimException(415, null, "The request body must be application/scim+json or application/json.");
        }

        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, "The request body is not valid JSON.");
        }

        return node as JsonObject
            ?? throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, "The request body must be a JSON object.");
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals(ScimResponseWriter.ScimMediaType, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }
}
