namespace ScimConformance.Core.Http;

/// <summary>One HTTP request/response pair as sent and received, already redacted.</summary>
public sealed record Exchange
{
    public required string Method { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<KeyValuePair<string, string>> RequestHeaders { get; init; }
    public string? RequestBody { get; init; }
    /// <summary>Null when no response arrived (network error, timeout).</summary>
    public int? Status { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> ResponseHeaders { get; init; } = [];
    public string? ResponseBody { get; init; }
    /// <summary>True when the body was cut at the configured cap.</summary>
    public bool ResponseTruncated { get; init; }
    public string? Error { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public TimeSpan Duration { get; init; }
}
