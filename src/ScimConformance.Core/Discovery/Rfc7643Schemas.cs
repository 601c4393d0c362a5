using System.Reflection;

namespace ScimConformance.Core.Discovery;

/// <summary>
/// The User, Group and enterprise User schemas as RFC 7643 §8.7 defines them (read from spec/attributes.tsv, with the
/// §2.2 defaults for characteristics the RFC leaves unstated). The oracles fall back to these when /Schemas does not
/// serve a schema a resource type names: the discovery checks fail the endpoint for it, the other checks go on.
/// </summary>
public static class Rfc7643Schemas
{
    private static readonly Lazy<IReadOnlyList<SchemaDefinition>> Loaded = new(Load);

    public static IReadOnlyList<SchemaDefinition> All => Loaded.Value;

    public static SchemaDefinition? Find(string urn) =>
        All.FirstOrDefault(s => string.Equals(s.Id, urn, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] Served = [ScimUris.User, ScimUris.Group, ScimUris.EnterpriseUser];

    private static SchemaDefinition[] Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("spec.attributes.tsv")
            ?? throw new InvalidOperationException("spec.attributes.tsv is not embedded in ScimConformance.Core.");
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n').Skip(1)
            .Select(line => line.TrimEnd('\r').Split('\t'))
            .Where(c => c.Length >= 11 && Served.Contains(c[0], StringComparer.Ordinal))
            .ToArray();
        return Served.Select(urn => Schema(urn, rows.Where(r => r[0] == urn).ToArray())).ToArray();
    }

    private static SchemaDefinition Schema(string urn, string[][] rows)
    {
        var top = rows.Where(r => !r[1].Contains('.', StringComparison.Ordinal))
            .Select(r => Attribute(r, rows.Where(s => s[1].StartsWith(r[1] + ".", StringComparison.Ordinal)).Select(s => Attribute(s, [])).ToArray()))
            .ToArray();
        return new SchemaDefinition(urn, urn[(urn.LastIndexOf(':') + 1)..], top);
    }

    // Columns: schema_urn attribute type multiValued required caseExact mutability returned uniqueness canonicalValues referenceTypes.
    private static AttributeDefinition Attribute(string[] c, AttributeDefinition[] subAttributes) => new()
    {
        Name = c[1][(c[1].LastIndexOf('.') + 1)..],
        Type = c[2],
        MultiValued = c[3] == "true",
        Required = c[4] == "true",
        CaseExact = c[5] == "true",
        Mutability = Or(c[6], "readWrite"),
        Returned = Or(c[7], "default"),
        Uniqueness = Or(c[8], "none"),
        CanonicalValues = List(c[9]),
        ReferenceTypes = List(c[10]),
        SubAttributes = subAttributes,
    };

    private static string Or(string value, string fallback) => value.Length == 0 ? fallback : value;

    private static string[] List(string value) => value.Length == 0 ? [] : value.Split(',', StringSplitOptions.TrimEntries);
}
