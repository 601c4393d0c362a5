namespace ScimConformance.ReferenceServer.Schema;

/// <summary>One attribute definition (RFC 7643 section 7) with the characteristics the server acts on.</summary>
internal sealed record SchemaAttribute(
    string Name,
    string Type,
    bool MultiValued,
    bool Required,
    bool CaseExact,
    string Mutability,
    string Returned,
    IReadOnlyList<SchemaAttribute> SubAttributes)
{
    public bool IsComplex => Type == "complex";
    public bool IsReadOnly => Mutability == "readOnly";
    public bool IsNeverReturned => Returned == "never";
    public bool IsAlwaysReturned => Returned == "always";

    public SchemaAttribute? FindSub(string name) =>
        SubAttributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
}
