using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Bulk;

/// <summary>
/// "bulkId:&lt;id&gt;" references (RFC 7644 section 3.7.2): a string value in an operation's data, or the
/// id segment of its path, that names the resource another operation of the same request creates.
/// </summary>
internal static class BulkReferences
{
    public const string Prefix = "bulkId:";

    /// <summary>The bulkIds an operation refers to, in its path and anywhere in its data.</summary>
    public static IReadOnlyList<string> Of(BulkOperation operation)
    {
        var found = new List<string>();
        if (PathReference(operation.Path) is { } fromPath)
        {
            found.Add(fromPath);
        }

        Collect(operation.Data, found);
        return found.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The operation with every reference replaced by the id it resolved to; without <paramref name="inExtensions"/>
    /// (the bulk-extension-bulkid-unresolved defect) the extension objects of its data keep their references unresolved.
    /// </summary>
    public static BulkOperation Resolve(BulkOperation operation, IReadOnlyDictionary<string, string> ids, bool inExtensions = true)
    {
        var path = PathReference(operation.Path) is { } reference && ids.TryGetValue(reference, out var pathId)
            ? operation.Path[..operation.Path.LastIndexOf('/')] + "/" + pathId
            : operation.Path;
        var data = operation.Data is JsonObject top && !inExtensions
            ? new JsonObject(top.Select(p => KeyValuePair.Create(p.Key,
                p.Key.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) ? p.Value?.DeepClone() : Replace(p.Value, ids))))
            : Replace(operation.Data, ids);
        return operation with { Path = path, Data = data };
    }

    private static string? PathReference(string path)
    {
        var slash = path.LastIndexOf('/');
        var last = slash < 0 ? path : path[(slash + 1)..];
        return last.StartsWith(Prefix, StringComparison.Ordinal) ? last[Prefix.Length..] : null;
    }

    private static void Collect(JsonNode? node, List<string> found)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Collect(value, found);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, found);
                }

                break;
            case JsonValue value when value.TryGetValue(out string? text) && text.StartsWith(Prefix, StringComparison.Ordinal):
                found.Add(text[Prefix.Length..]);
                break;
        }
    }

    private static JsonNode? Replace(JsonNode? node, IReadOnlyDictionary<string, string> ids) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Replace(p.Value, ids)))),
        JsonArray array => new JsonArray(array.Select(item => Replace(item, ids)).ToArray()),
        JsonValue value when value.TryGetValue(out string? text) && text.StartsWith(Prefix, StringComparison.Ordinal)
            && ids.TryGetValue(text[Prefix.Length..], out var id) => JsonValue.Create(id),
        _ => node?.DeepClone(),
    };
}
