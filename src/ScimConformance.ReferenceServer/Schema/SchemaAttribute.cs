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
    /// <summary>none, server or global (RFC 7643 section 7).</summary>
    public string Uniqueness { get; init; } = "none";

    /// <summary>The suggested values (RFC 7643 section 7); this server refuses others only where <see cref="CanonicalValuesEnforced"/>.</summary>
    public IReadOnlyList<string> CanonicalValues { get; init; } = [];

    /// <summary>
    /// Whether a value outside <see cref="CanonicalValues"/> is refused (400 invalidValue). RFC 7643 section 7 lets a
    /// provider accept or refuse other values; either way it never rewrites them.
    /// </summary>
    public bool CanonicalValuesEnforced { get; init; }

    public bool IsComplex => Type == "complex";
    public bool IsReadOnly => Mutability == "readOnly";
    public bool IsImmutable => Mutability == "immutable";
    public bool IsNeverReturned => Returned == "never";
    public bool IsAlwaysReturned => Returned == "always";
    public bool IsReturnedOnRequest => Returned == "request";
    public bool IsServerUnique => Uniqueness is "server" or "global";

    public SchemaAttribute? FindSub(string name) =>
        SubAttributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
}
