namespace ScimConformance.ReferenceServer;

/// <summary>One stored resource exactly as it sits in the database.</summary>
public sealed record StoredResource(string ResourceType, string Id, string Json);
