namespace ScimConformance.ReferenceServer.Schema;

/// <summary>A schema (core or extension) with its top-level attributes.</summary>
internal sealed record ResourceSchema(string Id, string Name, IReadOnlyList<SchemaAttribute> Attributes)
{
    public SchemaAttribute? Find(string name) =>
        Attributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
}
