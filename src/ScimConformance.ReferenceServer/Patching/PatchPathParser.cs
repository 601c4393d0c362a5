using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Patching;

/// <summary>Parses "attr", "attr.sub", "urn:...:attr", "attr[filter]" and "attr[filter].sub".</summary>
internal static class PatchPathParser
{
    public static PatchPath Parse(string path, ResourceKind kind)
    {
        path = path.Trim();
        if (kind.FindExtension(path) is { } extension)
        {
            return new PatchPath(null, null, extension);
        }

        var open = path.IndexOf('[', StringComparison.Ordinal);
        if (open < 0)
        {
            return new PatchPath(ResolveOrThrow(kind, path), null, null);
        }

        var close = path.LastIndexOf(']');
        if (close < open)
        {
            throw InvalidPath(path, "the value filter is not closed with ']'");
        }

        var attribute = ResolveOrThrow(kind, path[..open]);
        if (!attribute.Attribute.MultiValued || !attribute.Attribute.IsComplex || attribute.SubAttribute is not null)
        {
            throw InvalidPath(path, "a value filter applies only to a multi-valued complex attribute");
        }

        var filter = FilterParser.Parse(path[(open + 1)..close]);
        var rest = path[(close + 1)..];
        if (rest.Length == 0)
        {
            return new PatchPath(attribute, filter, null);
        }

        if (rest[0] != '.')
        {
            throw InvalidPath(path, "only \".subAttribute\" may follow the value filter");
        }

        var sub = attribute.Attribute.FindSub(rest[1..])
            ?? throw InvalidPath(path, $"'{attribute.Attribute.Name}' has no sub-attribute '{rest[1..]}'");
        return new PatchPath(attribute with { SubAttribute = sub }, filter, null);
    }

    private static AttributeRef ResolveOrThrow(ResourceKind kind, string path) =>
        AttributeResolver.Resolve(kind, path.Trim()) ?? throw InvalidPath(path, $"it names no attribute of the {kind.Name} resource type");

    private static ScimException InvalidPath(string path, string why) =>
        ScimException.BadRequest(ScimErrorType.InvalidPath, $"The path \"{path}\" is invalid: {why}.");
}
