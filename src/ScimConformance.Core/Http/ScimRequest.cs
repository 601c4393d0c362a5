using System.Text.Json.Nodes;

namespace ScimConformance.Core.Http;

/// <summary>
/// A request relative to the target's base URL. Path may carry a query string ("Users?filter=...");
/// use <see cref="Query"/> for values that need encoding.
/// </summary>
public sealed record ScimRequest(HttpMethod Method, string Path)
{
    public JsonNode? Json { get; init; }
    /// <summary>Raw body text, sent as-is (for malformed-input tests). Wins over <see cref="Json"/>.</summary>
    public string? RawBody { get; init; }
    /// <summary>A large body generated as it is sent (hostile inputs); wins over <see cref="RawBody"/> and <see cref="Json"/>.</summary>
    public PaddedBody? Padded { get; init; }
    public string ContentType { get; init; } = "application/scim+json";
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
    /// <summary>When false, the configured credentials are not attached (for authentication tests).</summary>
    public bool Authenticate { get; init; } = true;
}
