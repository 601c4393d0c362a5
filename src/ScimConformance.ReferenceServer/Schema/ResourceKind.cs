namespace ScimConformance.ReferenceServer.Schema;

/// <summary>A resource type: its name, endpoint, core schema and extension schemas.</summary>
internal sealed record ResourceKind(string Name, string Endpoint, ResourceSchema Core, IReadOnlyList<ResourceSchema> Extensions)
{
    public ResourceSchema? FindExtension(string urn) =>
        Extensions.FirstOrDefault(e => string.Equals(e.Id, urn, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ResourceSchema> AllSchemas => Extensions.Prepend(Core);
}
