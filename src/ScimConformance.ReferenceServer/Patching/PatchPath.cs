using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Patching;

/// <summary>
/// A parsed PATCH path (RFC 7644 section 3.5.2, Figure 5): an attribute, an optional value filter and
/// an optional sub-attribute; or a whole extension named by its URN.
/// </summary>
internal sealed record PatchPath(AttributeRef? Target, FilterNode? Filter, ResourceSchema? WholeExtension)
{
    public SchemaAttribute Attribute => Target!.Attribute;
    public SchemaAttribute? SubAttribute => Target!.SubAttribute;
}
