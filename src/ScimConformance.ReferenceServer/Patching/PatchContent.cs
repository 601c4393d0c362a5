using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Patching;

/// <summary>Shared steps of PATCH operations on a resource's content.</summary>
internal static class PatchContent
{
    public static void CheckWritable(PatchPath path)
    {
        if (path.Attribute.IsReadOnly || path.SubAttribute is { IsReadOnly: true })
        {
            throw ScimException.BadRequest(ScimErrorType.Mutability, $"'{path.Target!.Display}' is readOnly and cannot be modified.");
        }
    }

    public static JsonObject? Holder(JsonObject content, ResourceSchema? extension, bool create)
    {
        if (extension is null)
        {
            return content;
        }

        if (content[extension.Id] is JsonObject holder)
        {
            return holder;
        }

        if (!create)
        {
            return null;
        }

        holder = new JsonObject();
        content[extension.Id] = holder;
        return holder;
    }

    /// <summary>RFC 7643 section 2.4: a value newly marked primary takes primary from every other value.</summary>
    public static void KeepSinglePrimary(JsonArray array, JsonNode? winner)
    {
        if (winner is not JsonObject chosen || chosen["primary"]?.GetValueKind() != JsonValueKind.True)
        {
            return;
        }

        foreach (var other in array.OfType<JsonObject>().Where(o => !ReferenceEquals(o, chosen) && o["primary"]?.GetValueKind() == JsonValueKind.True))
        {
            other["primary"] = false;
        }
    }

    /// <summary>Empty strings, objects and arrays count as unassigned (RFC 7643 section 2.5).</summary>
    public static void RemoveEmpty(JsonObject content, ResourceKind kind)
    {
        Prune(content);
        foreach (var extension in kind.Extensions)
        {
            if (content[extension.Id] is JsonObject holder)
            {
                Prune(holder);
                if (holder.Count == 0)
                {
                    content.Remove(extension.Id);
                }
            }
        }
    }

    private static void Prune(JsonObject holder)
    {
        foreach (var (key, value) in holder.ToArray())
        {
            switch (value)
            {
                case null:
                    holder.Remove(key);
                    break;
                case JsonArray array:
                    foreach (var item in array.OfType<JsonObject>())
                    {
                        foreach (var (subKey, subValue) in item.ToArray().Where(p => p.Value is null))
                        {
                            item.Remove(subKey);
                        }
                    }

                    if (array.Count == 0)
                    {
                        holder.Remove(key);
                    }

                    break;
                case JsonObject obj when !key.StartsWith("urn:", StringComparison.Ordinal):
                    foreach (var (subKey, _) in obj.ToArray().Where(p => p.Value is null))
                    {
                        obj.Remove(subKey);
                    }

                    if (obj.Count == 0)
                    {
                        holder.Remove(key);
                    }

                    break;
            }
        }
    }
}
