using System.Text.Json.Nodes;

namespace ScimConformance.Core.Discovery;

/// <summary>Reads /Schemas entries (RFC 7643 §7), filling in the §2.2 defaults for characteristics left out.</summary>
public static class SchemaParser
{
    public static SchemaDefinition? Parse(JsonObject schema, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(problems);
        var id = schema.String("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            problems.Add("/Schemas holds an entry without an \"id\"; it was skipped.");
            return null;
        }
        var attributes = schema.Objects("attributes").Select(a => ParseAttribute(a, id, problems)).OfType<AttributeDefinition>().ToArray();
        return new SchemaDefinition(id, schema.String("name") ?? id, attributes);
    }

    public static AttributeDefinition? ParseAttribute(JsonObject attribute, string where, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(problems);
        var name = attribute.String("name");
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add($"Schema {where} has an attribute without a \"name\"; it was skipped.");
            return null;
        }
        var path = where + ":" + name;
        var type = attribute.String("type");
        if (type is not null && !KnownTypes.Contains(type, StringComparer.OrdinalIgnoreCase))
            problems.Add($"Attribute {path} has type \"{type}\", which RFC 7643 §2.3 does not define; treated as string.");
        return new AttributeDefinition
        {
            Name = name,
            Type = Canonical(KnownTypes, type) ?? "string",
            MultiValued = attribute.Bool("multiValued") ?? false,
            Required = attribute.Bool("required") ?? false,
            CaseExact = attribute.Bool("caseExact") ?? false,
            Mutability = Canonical(Mutabilities, attribute.String("mutability")) ?? "readWrite",
            Returned = Canonical(ReturnedValues, attribute.String("returned")) ?? "default",
            Uniqueness = Canonical(Uniquenesses, attribute.String("uniqueness")) ?? "none",
            CanonicalValues = attribute.Strings("canonicalValues"),
            ReferenceTypes = attribute.Strings("referenceTypes"),
            SubAttributes = attribute.Objects("subAttributes").Select(s => ParseAttribute(s, path, problems)).OfType<AttributeDefinition>().ToArray(),
        };
    }

    private static readonly string[] KnownTypes = ["string", "boolean", "decimal", "integer", "dateTime", "binary", "reference", "complex"];
    private static readonly string[] Mutabilities = ["readOnly", "readWrite", "immutable", "writeOnly"];
    private static readonly string[] ReturnedValues = ["always", "never", "default", "request"];
    private static readonly string[] Uniquenesses = ["none", "server", "global"];

    private static string? Canonical(string[] known, string? value) =>
        value is null ? null : known.FirstOrDefault(k => string.Equals(k, value, StringComparison.OrdinalIgnoreCase));
}
