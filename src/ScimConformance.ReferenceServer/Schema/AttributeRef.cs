namespace ScimConformance.ReferenceServer.Schema;

/// <summary>
/// A resolved attribute path: the attribute, an optional sub-attribute, and the extension that holds it
/// (null for core and common attributes, which sit at the top level of the resource).
/// </summary>
internal sealed record AttributeRef(ResourceSchema? Extension, SchemaAttribute Attribute, SchemaAttribute? SubAttribute)
{
    /// <summary>The attribute whose type and characteristics apply to a value at this path.</summary>
    public SchemaAttribute Target => SubAttribute ?? Attribute;

    /// <summary>An SQLite JSON path to the attribute (without the sub-attribute), keys quoted.</summary>
    public string JsonPath => Extension is null
        ? $"$.\"{Attribute.Name}\""
        : $"$.\"{Extension.Id}\".\"{Attribute.Name}\"";

    public string Display => (Extension is null ? "" : Extension.Id + ":") + Attribute.Name + (SubAttribute is null ? "" : "." + SubAttribute.Name);
}
