using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>
/// A resource type seen as one complex attribute: its members are the common attributes, the core
/// schema's attributes and one complex member per schema extension, named by the extension URN.
/// This lets "add without path", URN-qualified paths and plain paths share one set of rules.
/// </summary>
internal sealed class ResourceShape
{
    private readonly HashSet<string> extensionIds;

    private ResourceShape(string coreSchemaId, AttributeDefinition root, IEnumerable<string> extensionIds)
    {
        CoreSchemaId = coreSchemaId;
        Root = root;
        this.extensionIds = new HashSet<string>(extensionIds, StringComparer.OrdinalIgnoreCase);
    }

    public string CoreSchemaId { get; }
    public AttributeDefinition Root { get; }
    public IEnumerable<AttributeDefinition> Extensions => Root.SubAttributes.Where(IsExtension);

    public bool IsExtension(AttributeDefinition attribute) => extensionIds.Contains(attribute.Name);

    /// <summary>Members of the root and of extensions are attributes in their own right (unknown name = invalidPath).</summary>
    public bool HoldsAttributes(AttributeDefinition container) => ReferenceEquals(container, Root) || IsExtension(container);

    public static ResourceShape For(DiscoveryResult discovery, string resourceType)
    {
        var type = discovery.ResourceType(resourceType)
            ?? throw new ArgumentException($"The discovery result has no resource type \"{resourceType}\".", nameof(resourceType));
        var core = discovery.Schema(type.Schema)?.Attributes ?? [];
        var extensions = type.Extensions.Select(e => new AttributeDefinition
        {
            Name = discovery.Schema(e.Schema)?.Id ?? e.Schema,
            Type = "complex",
            Required = e.Required,
            SubAttributes = discovery.Schema(e.Schema)?.Attributes ?? [],
        }).ToArray();
        var members = CommonAttributes.All
            .Where(c => !core.Any(a => string.Equals(a.Name, c.Name, StringComparison.OrdinalIgnoreCase)))
            .Concat(core)
            .Concat(extensions)
            .ToArray();
        var root = new AttributeDefinition { Name = type.Schema, Type = "complex", SubAttributes = members };
        return new ResourceShape(type.Schema, root, extensions.Select(e => e.Name));
    }
}
