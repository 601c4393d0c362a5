namespace ScimConformance.ReferenceServer.Bulk;

/// <summary>A parsed BulkRequest: its operations in the client's order and the failOnErrors threshold (null: carry on).</summary>
internal sealed record BulkRequest(IReadOnlyList<BulkOperation> Operations, int? FailOnErrors);
