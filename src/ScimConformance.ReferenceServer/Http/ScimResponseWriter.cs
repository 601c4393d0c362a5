using System.Text;
using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Http;

/// <summary>Writes SCIM bodies, including error messages, with the SCIM media type.</summary>
internal sealed class ScimResponseWriter(DefectSwitches defects)
{
    public const string ScimMediaType = "application/scim+json";

    public string ContentType => defects.IsOn(FoundationDefects.JsonContentType)
        ? "application/json; charset=utf-8"
        : defects.IsOn(BenignVariations.ContentTypeWithoutCharset) ? ScimMediaType : ScimMediaType + "; charset=utf-8";

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new(ScimJson.Options) { WriteIndented = true };

    /// <param name="mediaType">The Content-Type of the body; null for the SCIM media type.</param>
    public async Task WriteAsync(HttpContext context, int status, JsonNode? body, string? mediaType = null)
    {
        context.Response.StatusCode = status;
        if (defects.IsOn(BenignVariations.ExtraResponseHeaders))
        {
            context.Response.Headers["X-Request-Id"] = context.TraceIdentifier;
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.Vary = "Accept-Encoding";
        }

        if (body is null)
        {
            return;
        }

        context.Response.ContentType = mediaType ?? ContentType;
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(defects.IsOn(BenignVariations.PrettyPrintedJson) ? Indented : ScimJson.Options));
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public JsonObject Error(int status, string? scimType, string detail)
    {
        if (defects.IsOn(HttpQuirks.ProblemDetailsErrors))
        {
            return ProblemDetailsBody.Of(status, detail);
        }

        var error = new JsonObject
        {
            ["schemas"] = new JsonArray(ScimUrns.Error),
            ["status"] = defects.IsOn(FoundationDefects.ErrorStatusNumber)
                ? JsonValue.Create(status)
                : JsonValue.Create(status.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (scimType is not null)
        {
            error["scimType"] = scimType;
        }

        // A 413 keeps its detail: RFC 7644 section 3.7.4 requires the exceeded limit to be named in the body.
        if (!defects.IsOn(BenignVariations.ErrorDetailAbsent) || status == 413)
        {
            error["detail"] = detail;
        }

        return error;
    }

    public Task WriteErrorAsync(HttpContext context, int status, string? scimType, string detail) =>
        WriteAsync(context, status, Error(status, scimType, detail), defects.IsOn(HttpQuirks.ProblemDetailsErrors) ? ProblemDetailsBody.MediaType : null);
}
