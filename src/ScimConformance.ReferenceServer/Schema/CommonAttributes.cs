namespace ScimConformance.ReferenceServer.Schema;

/// <summary>The attributes every resource carries (RFC 7643 section 3.1), not listed in the /Schemas documents.</summary>
internal static class CommonAttributes
{
    private static SchemaAttribute Simple(string name, string type, bool caseExact, string mutability, string returned = "default", bool multiValued = false) =>
        new(name, type, multiValued, false, caseExact, mutability, returned, []);

    public static SchemaAttribute Schemas { get; } = Simple("schemas", "reference", false, "readOnly", "always", multiValued: true);
    public static SchemaAttribute Id { get; } = Simple("id", "string", true, "readOnly", "always");
    public static SchemaAttribute ExternalId { get; } = Simple("externalId", "string", true, "readWrite");

    public static SchemaAttribute Meta { get; } = new("meta", "complex", false, false, false, "readOnly", "default",
    [
        Simple("resourceType", "string", true, "readOnly"),
        Simple("created", "dateTime", false, "readOnly"),
        Simple("lastModified", "dateTime", false, "readOnly"),
        Simple("location", "reference", true, "readOnly"),
        Simple("version", "string", true, "readOnly"),
    ]);

    public static IReadOnlyList<SchemaAttribute> All { get; } = [Schemas, Id, ExternalId, Meta];

    public static SchemaAttribute? Find(string name) =>
        All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
}
