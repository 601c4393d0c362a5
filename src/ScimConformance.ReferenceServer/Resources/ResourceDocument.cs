using System.Globalization;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>Assembles and takes apart the stored form of a resource: schemas, id, content, meta.</summary>
internal static class ResourceDocument
{
    private static readonly HashSet<string> Envelope = new(["schemas", "id", "meta"], StringComparer.Ordinal);

    public static JsonObject Compose(ResourceKind kind, string id, JsonObject content, JsonObject meta)
    {
        var schemas = new JsonArray(kind.Core.Id);
        foreach (var extension in kind.Extensions.Where(e => content.ContainsKey(e.Id)))
        {
            schemas.Add(extension.Id);
        }

        var document = new JsonObject { ["schemas"] = schemas, ["id"] = id };
        if (content["externalId"] is { } externalId)
        {
            document["externalId"] = externalId.DeepClone();
        }

        foreach (var (key, value) in content.Where(p => p.Key != "externalId"))
        {
            document[key] = value?.DeepClone();
        }

        document["meta"] = meta.DeepClone();
        return document;
    }

    /// <summary>The writable part of a stored resource.</summary>
    public static JsonObject ContentOf(JsonObject stored)
    {
        var content = new JsonObject();
        foreach (var (key, value) in stored.Where(p => !Envelope.Contains(p.Key)))
        {
            content[key] = value?.DeepClone();
        }

        return content;
    }

    public static JsonObject NewMeta(ResourceKind kind, string now) => new()
    {
        ["resourceType"] = kind.Name,
        ["created"] = now,
        ["lastModified"] = now,
        ["version"] = Version(1),
    };

    public static JsonObject ModifiedMeta(JsonObject stored, string now)
    {
        var meta = stored["meta"]!.AsObject().DeepClone().AsObject();
        meta["lastModified"] = now;
        meta["version"] = Version(VersionNumber(meta) + 1);
        return meta;
    }

    private static int VersionNumber(JsonObject meta)
    {
        var text = ((string?)meta["version"] ?? "").Replace("W/", "", StringComparison.Ordinal).Trim('"');
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private static string Version(int n) => $"W/\"{n.ToString(CultureInfo.InvariantCulture)}\"";
}
