using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Http;

/// <summary>An endpoint answer: status, optional SCIM body and extra headers.</summary>
internal sealed class ScimResult(int status, JsonNode? body, IReadOnlyDictionary<string, string>? headers = null) : IResult
{
    public int Status => status;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            httpContext.Response.Headers[name] = value;
        }

        var writer = httpContext.RequestServices.GetRequiredService<ScimResponseWriter>();
        await writer.WriteAsync(httpContext, status, body);
    }
}
