using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>
/// A resolved PATCH path. <see cref="Parents"/> are the singular complex containers from the resource down
/// (an extension object, "name", "manager"); <see cref="Attribute"/> is the target inside the last of them.
/// For a multi-valued attribute, <see cref="Filter"/> selects values and <see cref="SubAttribute"/> names the
/// sub-attribute of each selected value ("emails[type eq "work"].value"); a sub-attribute without a filter
/// ("emails.value") selects every value.
/// </summary>
internal sealed record PatchPath(
    string Text,
    IReadOnlyList<AttributeDefinition> Parents,
    AttributeDefinition Attribute,
    IValueFilter? Filter = null,
    AttributeDefinition? SubAttribute = null)
{
    public bool SelectsValues => Filter is not null || (Attribute.MultiValued && SubAttribute is not null);

    public IEnumerable<AttributeDefinition> Chain =>
        Parents.Append(Attribute).Concat(SubAttribute is null ? [] : [SubAttribute]);
}
