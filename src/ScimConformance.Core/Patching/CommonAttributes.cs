using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>
/// The RFC 7643 §3.1 common attributes. /Schemas does not list them, yet every resource carries them,
/// so PATCH paths naming them must resolve (and id/meta must be refused as readOnly).
/// </summary>
internal static class CommonAttributes
{
    public static readonly IReadOnlyList<AttributeDefinition> All =
    [
        new() { Name = "schemas", Type = "reference", MultiValued = true, Required = true, CaseExact = false },
        new() { Name = "id", CaseExact = true, Mutability = "readOnly", Returned = "always", Uniqueness = "server" },
        new() { Name = "externalId", CaseExact = true },
        new()
        {
            Name = "meta", Type = "complex", Mutability = "readOnly",
            SubAttributes =
            [
                new() { Name = "resourceType", CaseExact = true, Mutability = "readOnly" },
                new() { Name = "created", Type = "dateTime", Mutability = "readOnly" },
                new() { Name = "lastModified", Type = "dateTime", Mutability = "readOnly" },
                new() { Name = "location", Type = "reference", CaseExact = true, Mutability = "readOnly" },
                new() { Name = "version", CaseExact = true, Mutability = "readOnly" },
            ],
        },
    ];
}
