using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimConformance.Core.Http;

/// <summary>What the endpoint answered, with the body parsed as JSON when it is JSON.</summary>
public sealed class ScimResponse
{
    public ScimResponse(int status, IReadOnlyList<KeyValuePair<string, string>> headers, string body, Uri requestUri, TimeSpan elapsed)
    {
        Status = status;
        Headers = headers;
        Body = body;
        RequestUri = requestUri;
        Elapsed = elapsed;
        Json = TryParse(body);
    }

    public int Status { get; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; }
    public string Body { get; }
    public Uri RequestUri { get; }
    public TimeSpan Elapsed { get; }
    /// <summary>The parsed body, or null when it is empty or not JSON.</summary>
    public JsonNode? Json { get; }
    public JsonObject? Object => Json as JsonObject;
    public bool IsJson => Json is not null;
    public bool IsSuccess => Status is >= 200 and < 300;

    public string? Header(string name) =>
        Headers.Where(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    /// <summary>Media type of Content-Type without parameters, lower-case; null when absent.</summary>
    public string? MediaType => Header("Content-Type")?.Split(';')[0].Trim().ToLowerInvariant();

    private static JsonNode? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public override string ToString() => $"{Status} from {RequestUri}";
}
