using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Patching;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// The attributes a request names, for returned "request" (RFC 7643 section 7): such an attribute is returned by a
/// POST, PUT or PATCH that specified it, and by a query only when its attributes parameter names it. Each attribute
/// is keyed "schema-URN:name" (the core schema's URN for core attributes).
/// </summary>
internal static class RequestedAttributes
{
    public static string Key(ResourceSchema schema, string attribute) => schema.Id + ":" + attribute;

    /// <summary>Every attribute of the content a POST or PUT stores.</summary>
    public static IReadOnlySet<string> OfContent(ResourceKind kind, JsonObject content)
    {
        var keys = NewSet();
        foreach (var (key, value) in content)
        {
            if (kind.FindExtension(key) is { } extension)
            {
                keys.UnionWith((value as JsonObject ?? []).Select(p => Key(extension, p.Key)));
            }
            else
            {
                keys.Add(Key(kind.Core, key));
            }
        }

        return keys;
    }

    /// <summary>Every attribute a PATCH operation targets, by path or by the members of a path-less value.</summary>
    public static IReadOnlySet<string> OfPatch(ResourceKind kind, IEnumerable<PatchOperation> operations)
    {
        var keys = NewSet();
        foreach (var operation in operations)
        {
            if (operation.Path is { } path)
            {
                Add(kind, path, operation.Value, keys);
            }
            else if (operation.Value is JsonObject members)
            {
                foreach (var (key, value) in members)
                {
                    Add(kind, key, value, keys);
                }
            }
        }

        return keys;
    }

    /// <summary>The attributes an attributes= parameter names one by one.</summary>
    public static IEnumerable<string> OfSelection(ResourceKind kind, AttributeSelection selection) =>
        selection.Included.Select(r => Key(r.Extension ?? kind.Core, r.Attribute.Name));

    private static void Add(ResourceKind kind, string path, JsonNode? value, HashSet<string> keys)
    {
        if (kind.FindExtension(path) is { } extension)
        {
            keys.UnionWith((value as JsonObject ?? []).Select(p => Key(extension, p.Key)));
            return;
        }

        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        if (AttributeResolver.Resolve(kind, bracket < 0 ? path : path[..bracket]) is { } reference)
        {
            keys.Add(Key(reference.Extension ?? kind.Core, reference.Attribute.Name));
        }
    }

    private static HashSet<string> NewSet() => new(StringComparer.OrdinalIgnoreCase);
}
