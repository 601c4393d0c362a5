using System.Text;
using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Http;

/// <summary>Writes SCIM bodies, including error messages, with the SCIM media type.</summary>
internal sealed class ScimResponseWriter(DefectSwitches defects)
{
    public const string ScimMediaType = "application/scim+json";

    public string ContentType => defects.IsOn(FoundationDefects.JsonContentType)
        ? "application/json; charset=utf-8"
        : ScimMediaType + "; charset=utf-8";

    public async Task WriteAsync(HttpContext context, int status, JsonNode? body)
    {
        context.Response.StatusCode = status;
        if (body is null)
        {
            return;
        }

        context.Response.ContentType = ContentType;
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(ScimJson.Options));
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    public JsonObject Error(int status, string? scimType, string detail)
    {
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

        error["detail"] = detail;
        return error;
    }

    public Task WriteErrorAsync(HttpContext context, int status, string? scimType, string detail) =>
        WriteAsync(context, status, Error(status, scimType, detail));
}
