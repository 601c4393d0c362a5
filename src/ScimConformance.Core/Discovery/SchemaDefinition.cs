namespace ScimConformance.Core.Discovery;

/// <summary>One schema from /Schemas.</summary>
public sealed record SchemaDefinition(string Id, string Name, IReadOnlyList<AttributeDefinition> Attributes)
{
    public AttributeDefinition? Attribute(string name) =>
        Attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
}
