using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// The attributes / excludedAttributes query parameters (RFC 7644 section 3.9), resolved against a
/// resource type. Names that resolve to nothing are ignored.
/// </summary>
internal sealed record AttributeSelection(IReadOnlyList<AttributeRef> Included, IReadOnlyList<ResourceSchema> IncludedExtensions,
    IReadOnlyList<AttributeRef> Excluded, IReadOnlyList<ResourceSchema> ExcludedExtensions)
{
    public static AttributeSelection None { get; } = new([], [], [], []);

    public bool IsEmpty => Included.Count == 0 && IncludedExtensions.Count == 0 && Excluded.Count == 0 && ExcludedExtensions.Count == 0;

    public static AttributeSelection Parse(ResourceKind kind, IEnumerable<string>? attributes, IEnumerable<string>? excluded)
    {
        var (included, includedExtensions) = Resolve(kind, attributes);
        var (excludedRefs, excludedExtensions) = Resolve(kind, excluded);
        return new AttributeSelection(included, includedExtensions, excludedRefs, excludedExtensions);
    }

    private static (List<AttributeRef>, List<ResourceSchema>) Resolve(ResourceKind kind, IEnumerable<string>? names)
    {
        var refs = new List<AttributeRef>();
        var extensions = new List<ResourceSchema>();
        foreach (var name in (names ?? []).SelectMany(n => n.Split(',')).Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            if (kind.FindExtension(name) is { } extension)
            {
                extensions.Add(extension);
            }
            else if (AttributeResolver.Resolve(kind, name) is { } reference)
            {
                refs.Add(reference);
            }
        }

        return (refs, extensions);
    }
}
