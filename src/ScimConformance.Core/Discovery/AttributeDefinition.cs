namespace ScimConformance.Core.Discovery;

/// <summary>An attribute as the endpoint's /Schemas defines it (RFC 7643 §7), with RFC 7643 §2.2 defaults applied.</summary>
public sealed record AttributeDefinition
{
    public required string Name { get; init; }
    public string Type { get; init; } = "string";          // string boolean decimal integer dateTime binary reference complex
    public bool MultiValued { get; init; }
    public bool Required { get; init; }
    public bool CaseExact { get; init; }
    public string Mutability { get; init; } = "readWrite";  // readOnly readWrite immutable writeOnly
    public string Returned { get; init; } = "default";      // always never default request
    public string Uniqueness { get; init; } = "none";       // none server global
    public IReadOnlyList<string> CanonicalValues { get; init; } = [];
    public IReadOnlyList<string> ReferenceTypes { get; init; } = [];
    public IReadOnlyList<AttributeDefinition> SubAttributes { get; init; } = [];

    public AttributeDefinition? Sub(string name) =>
        SubAttributes.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
}
