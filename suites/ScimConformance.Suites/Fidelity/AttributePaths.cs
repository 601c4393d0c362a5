namespace ScimConformance.Suites.Fidelity;

/// <summary>Request paths of generated cases: core attributes by name, extension attributes qualified by their schema URN (RFC 7644 §3.10).</summary>
internal static class AttributePaths
{
    public static string Of(AttributeCase c) => Of(c, c.Attribute.Name) + (c.SubAttribute is null ? "" : "." + c.SubAttribute.Name);

    public static string Of(AttributeCase c, string attribute) => c.IsCore ? attribute : c.Schema.Id + ":" + attribute;
}
