namespace ScimConformance.Core.Discovery;

/// <summary>
/// Reads a resource type whose "schema" names an extension (and whose schemaExtensions hold the base schema) the way
/// its resources are served: RFC 7643 §6 makes "schema" the base schema and §3 puts the base schema in every
/// resource's "schemas". DSC-010 fails the endpoint for the swap; the oracles must not inherit it (issue 14, cause 2).
/// </summary>
internal static class ResourceTypeRepair
{
    public static ResourceTypeDefinition BaseFirst(ResourceTypeDefinition type, ICollection<string> problems)
    {
        if (!IsExtension(type.Schema)) return type;
        var baseSchema = type.Extensions.FirstOrDefault(e => !IsExtension(e.Schema));
        if (baseSchema is null) return type;
        problems.Add($"Resource type {type.Name} names the extension {type.Schema} as its schema and the base schema {baseSchema.Schema} "
            + "among its schemaExtensions (RFC 7643 §6); it is read with the two the other way round.");
        var extensions = type.Extensions.Where(e => !ReferenceEquals(e, baseSchema)).Prepend(new SchemaExtensionRef(type.Schema, false)).ToArray();
        return type with { Schema = baseSchema.Schema, Extensions = extensions };
    }

    private static bool IsExtension(string urn) => urn.Contains(":extension:", StringComparison.OrdinalIgnoreCase);
}
