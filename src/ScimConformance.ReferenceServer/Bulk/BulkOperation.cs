using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Bulk;

/// <summary>One entry of a BulkRequest's Operations (RFC 7644 section 3.7), as the client sent it.</summary>
internal sealed record BulkOperation(int Index, string Method, string Path, string? BulkId, string? Version, JsonNode? Data);
