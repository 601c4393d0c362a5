using System.Text.Json.Serialization;

namespace ScimConformance.Core.Http;

/// <summary>One HTTP request/response pair as sent and received, already redacted.</summary>
public sealed record Exchange
{
    public required string Method { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; }
    /// <summary>The body sent; its first 64 KiB when <see cref="RequestBodyBytes"/> is set (see <see cref="EvidenceBody"/>).</summary>
    public string? RequestBody { get; init; }
    /// <summary>Size in bytes of a request body stored cut; null when <see cref="RequestBody"/> is whole.</summary>
    public long? RequestBodyBytes { get; init; }
    /// <summary>SHA-256 (hex) of a request body stored cut; null when it is whole.</summary>
    public string? RequestBodySha256 { get; init; }
    /// <summary>Null when no response arrived (network error, timeout).</summary>
    public int? Status { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders { get; init; } = [];
    /// <summary>The body received; its first 64 KiB when <see cref="ResponseBodyBytes"/> is set.</summary>
    public string? ResponseBody { get; init; }
    /// <summary>Size in bytes of a response body stored cut; null when <see cref="ResponseBody"/> is whole.</summary>
    public long? ResponseBodyBytes { get; init; }
    /// <summary>SHA-256 (hex) of a response body stored cut; null when it is whole.</summary>
    public string? ResponseBodySha256 { get; init; }
    /// <summary>True when the body was cut at the configured cap.</summary>
    public bool ResponseTruncated { get; init; }
    public string? Error { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public TimeSpan Duration { get; init; }

    /// <summary>The request body as stored (text, and size and digest when cut).</summary>
    [JsonIgnore]
    public EvidenceBody.Captured StoredRequestBody => new(RequestBody, RequestBodyBytes, RequestBodySha256);

    /// <summary>The response body as stored (text, and size and digest when cut).</summary>
    [JsonIgnore]
    public EvidenceBody.Captured StoredResponseBody => new(ResponseBody, ResponseBodyBytes, ResponseBodySha256);

    /// <summary>The same exchange with its bodies stored as given.</summary>
    public Exchange WithBodies(EvidenceBody.Captured request, EvidenceBody.Captured response) => this with
    {
        RequestBody = request.Text,
        RequestBodyBytes = request.Bytes,
        RequestBodySha256 = request.Sha256,
        ResponseBody = response.Text,
        ResponseBodyBytes = response.Bytes,
        ResponseBodySha256 = response.Sha256,
    };
}
