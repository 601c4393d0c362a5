namespace ScimConformance.Core.Discovery;

/// <summary>One resource type from /ResourceTypes.</summary>
public sealed record ResourceTypeDefinition(string Id, string Name, string Endpoint, string Schema, IReadOnlyList<SchemaExtensionRef> Extensions);

public sealed record SchemaExtensionRef(string Schema, bool Required);
