namespace ScimConformance.ReferenceServer;

/// <summary>One stored resource exactly as it sits in the database, with the tenant it belongs to.</summary>
public sealed record StoredResource(string ResourceType, string Id, string Json, string Tenant = "default");
