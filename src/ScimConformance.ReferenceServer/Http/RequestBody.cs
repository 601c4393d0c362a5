using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;

namespace ScimConformance.ReferenceServer.Http;

/// <summary>Reads a request body as a JSON object, refusing other media types and malformed JSON.</summary>
internal static class RequestBody
{
    /// <summary>The largest resource or search body accepted (1 MiB); larger ones answer 413.</summary>
    public const long MaxBytes = 1024 * 1024;

    public const string TooLargeDetail = "The request body is larger than this server accepts.";

    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request)
    {
        var contentType = request.ContentType;
        if (!string.IsNullOrEmpty(contentType) && !IsJson(contentType))
        {
            throw new ScimException(415, null, "The request body must be application/scim+json or application/json.");
        }

        if (request.ContentLength > MaxBytes)
        {
            throw new ScimException(413, null, TooLargeDetail);
        }

        // A body without Content-Length (chunked) is cut off by the server at the same limit.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBytes;
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
