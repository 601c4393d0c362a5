using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Filtering;

/// <summary>
/// The RFC 7643 §3 and §3.1 attributes every resource carries. Endpoints rarely list them in /Schemas,
/// so filters on them ("meta.lastModified gt ...") need these definitions as a fallback.
/// </summary>
internal static class CommonAttributes
{
    private static readonly AttributeDefinition[] All =
    [
        new() { Name = "id", CaseExact = true },
        new() { Name = "externalId", CaseExact = true },
        new() { Name = "schemas", Type = "reference", MultiValued = true },
        new()
        {
            Name = "meta",
            Type = "complex",
            SubAttributes =
            [
                new() { Name = "resourceType", CaseExact = true },
                new() { Name = "created", Type = "dateTime" },
                new() { Name = "lastModified", Type = "dateTime" },
                new() { Name = "location", Type = "reference", CaseExact = true },
                new() { Name = "version", CaseExact = true },
            ],
        },
    ];

    public static AttributeDefinition? Find(AttributePath path)
    {
        var attribute = All.FirstOrDefault(a => string.Equals(a.Name, path.Name, StringComparison.OrdinalIgnoreCase));
        return path.SubAttribute is null || attribute is null ? attribute : attribute.Sub(path.SubAttribute);
    }
}
