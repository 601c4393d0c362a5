namespace ScimConformance.Core.Filtering;

/// <summary>
/// An attribute path as RFC 7644 §3.4.2.2 writes it: an optional schema URN, an attribute name and at most
/// one sub-attribute ("urn:...:User:manager.value"). Names keep the spelling of the filter; matching is case-insensitive.
/// </summary>
public sealed record AttributePath(string? SchemaUrn, string Name, string? SubAttribute = null)
{
    /// <summary>The path without its URN: "name.familyName".</summary>
    public string Relative => SubAttribute is null ? Name : Name + "." + SubAttribute;

    public override string ToString() => SchemaUrn is null ? Relative : SchemaUrn + ":" + Relative;
}
