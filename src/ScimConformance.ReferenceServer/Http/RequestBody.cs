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

    /// <summary>Reads a resource or search body, refused with 413 past <see cref="MaxBytes"/>.</summary>
    public static Task<JsonObject> ReadObjectAsync(HttpRequest request) => ReadObjectAsync(request, null);

    /// <summary>
    /// Reads the body; past <paramref name="maxBytes"/> (when given, e.g. Bulk's maxPayloadSize) the request is refused
    /// with 413 naming that limit; without it the 1 MiB resource limit applies.
    /// </summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpRequest request, long? maxBytes)
    {
        var contentType = request.ContentType;
        if (!string.IsNullOrEmpty(contentType) && !IsJson(contentType))
        {
            throw new ScimException(415, null, "The request body must be application/scim+json or application/json.");
        }

        Stream body;
        if (maxBytes is { } limit)
        {
            body = await ReadLimitedAsync(request, limit);
        }
        else
        {
            if (request.ContentLength > MaxBytes)
            {
                throw new ScimException(413, null, TooLargeDetail);
            }

            // A body without Content-Length (chunked) is cut off by the server at the same limit.
            if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = MaxBytes;
            }

            body = request.Body;
        }

        JsonNode? node;
        try
        {
            node = await JsonNode.ParseAsync(body, documentOptions: ParserOptions(request), cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, "The request body is not valid JSON.");
        }

        return node as JsonObject
            ?? throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, "The request body must be a JSON object.");
    }

    /// <summary>Strict RFC 8259 JSON; the lenient-json switch also takes comments and trailing commas (RFC 8259 section 9 allows extensions).</summary>
    private static JsonDocumentOptions ParserOptions(HttpRequest request) =>
        request.HttpContext.RequestServices.GetService<DefectSwitches>()?.IsOn(HttpQuirks.LenientJson) == true
            ? new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }
            : default;

    private static async Task<Stream> ReadLimitedAsync(HttpRequest request, long limit)
    {
        var tooLarge = new ScimException(StatusCodes.Status413PayloadTooLarge, null,
            $"The request body is larger than maxPayloadSize ({limit} bytes).");
        if (request.ContentLength > limit)
        {
            throw tooLarge;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                throw tooLarge;
            }
        }

        buffer.Position = 0;
        return buffer;
    }

    private static bool IsJson(string contentType)
    {
        var mediaType = contentType.Split(';')[0].Trim();
        return mediaType.Equals(ScimResponseWriter.ScimMediaType, StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
    }
}
