using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// One generated attribute check: the resource type, the schema that declares the attribute, its path (a
/// sub-attribute only for <see cref="AttributeAspect.Canonical"/>) and the characteristic checked. The id is built
/// from these (<see cref="AttributeCaseIds"/>); the declaration (title, requirements) from <see cref="AttributeAspects"/>.
/// </summary>
public sealed record AttributeCase(string Id, ResourceTypeDefinition ResourceType, SchemaDefinition Schema, AttributeDefinition Attribute,
    AttributeDefinition? SubAttribute, AttributeAspect Aspect)
{
    /// <summary>Whether the schema is the resource type's core schema (its attributes sit at the top of the resource).</summary>
    public bool IsCore => string.Equals(Schema.Id, ResourceType.Schema, StringComparison.OrdinalIgnoreCase);

    /// <summary>The attribute path as a request names it: "title", "emails.type", "urn:...:User:badgeId".</summary>
    public string Path => AttributePaths.Of(this);

    /// <summary>The attribute as a person reads it: "title", "emails.type", "enterprise:employeeNumber".</summary>
    public string Label => AttributeCaseIds.Label(this);
}
