namespace ScimConformance.ReferenceServer.Schema;

/// <summary>
/// Resolves attribute paths as clients write them (RFC 7644 section 3.10): case-insensitive names,
/// optional "sub" part, optional schema URN prefix.
/// </summary>
internal static class AttributeResolver
{
    /// <summary>Resolves "name", "name.sub" or "urn:...:name.sub"; null when the path names nothing known.</summary>
    public static AttributeRef? Resolve(ResourceKind kind, string path)
    {
        ResourceSchema? schema = null;
        var rest = path;
        if (path.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            schema = kind.AllSchemas
                .Where(s => path.Length > s.Id.Length + 1 && path.StartsWith(s.Id + ":", StringComparison.OrdinalIgnoreCase))
                .MaxBy(s => s.Id.Length);
            if (schema is null)
            {
                return null;
            }

            rest = path[(schema.Id.Length + 1)..];
        }

        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        var name = dot < 0 ? rest : rest[..dot];
        var subName = dot < 0 ? null : rest[(dot + 1)..];

        var attribute = schema is null
            ? kind.Core.Find(name) ?? CommonAttributes.Find(name)
            : schema.Find(name) ?? (schema == kind.Core ? CommonAttributes.Find(name) : null);
        if (attribute is null)
        {
            return null;
        }

        SchemaAttribute? sub = null;
        if (subName is not null)
        {
            sub = attribute.FindSub(subName);
            if (sub is null)
            {
                return null;
            }
        }

        var extension = schema is not null && schema != kind.Core ? schema : null;
        return new AttributeRef(extension, attribute, sub);
    }
}
