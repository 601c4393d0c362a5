using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>
/// Applies an <see cref="AttributeSelection"/> to a rendered resource. Attributes returned "always"
/// (id, schemas, and any an extension declares so) are never removed; meta is kept as well so clients keep location and version.
/// </summary>
internal static class AttributeProjection
{
    private static readonly HashSet<string> Kept = new(["schemas", "id", "meta"], StringComparer.Ordinal);

    public static void Apply(JsonObject resource, ResourceKind kind, AttributeSelection selection)
    {
        if (selection.IsEmpty)
        {
            return;
        }

        if (selection.Included.Count > 0 || selection.IncludedExtensions.Count > 0)
        {
            Include(resource, kind, selection);
        }
        else
        {
            Exclude(resource, kind, selection);
        }
    }

    private static void Include(JsonObject resource, ResourceKind kind, AttributeSelection selection)
    {
        foreach (var key in resource.Select(p => p.Key).ToArray())
        {
            if (Kept.Contains(key))
            {
                continue;
            }

            if (kind.FindExtension(key) is { } extension)
            {
                if (!selection.IncludedExtensions.Contains(extension))
                {
                    KeepSelected(resource[key] as JsonObject, extension, selection.Included.Where(r => r.Extension == extension).ToArray());
                    if (resource[key] is JsonObject { Count: 0 })
                    {
                        resource.Remove(key);
                    }
                }

                continue;
            }

            var refs = selection.Included.Where(r => r.Extension is null && r.Attribute.Name == key).ToArray();
            var attribute = kind.Core.Find(key) ?? CommonAttributes.Find(key);
            if (refs.Length == 0)
            {
                if (attribute is not { IsAlwaysReturned: true })
                {
                    resource.Remove(key);
                }
            }
            else if (refs.All(r => r.SubAttribute is not null))
            {
                KeepSubAttributes(resource[key], refs.Select(r => r.SubAttribute!.Name).ToHashSet());
            }
        }
    }

    private static void KeepSelected(JsonObject? holder, ResourceSchema extension, IReadOnlyList<AttributeRef> refs)
    {
        if (holder is null)
        {
            return;
        }

        foreach (var key in holder.Select(p => p.Key).ToArray())
        {
            var matching = refs.Where(r => r.Attribute.Name == key).ToArray();
            if (matching.Length == 0)
            {
                if (extension.Find(key) is not { IsAlwaysReturned: true })
                {
                    holder.Remove(key);
                }
            }
            else if (matching.All(r => r.SubAttribute is not null))
            {
                KeepSubAttributes(holder[key], matching.Select(r => r.SubAttribute!.Name).ToHashSet());
            }
        }
    }

    private static void KeepSubAttributes(JsonNode? value, HashSet<string> subNames)
    {
        var objects = value is JsonArray array ? array.OfType<JsonObject>() : value is JsonObject single ? [single] : [];
        foreach (var item in objects)
        {
            foreach (var key in item.Select(p => p.Key).Where(k => !subNames.Contains(k)).ToArray())
            {
                item.Remove(key);
            }
        }
    }

    private static void Exclude(JsonObject resource, ResourceKind kind, AttributeSelection selection)
    {
        foreach (var extension in selection.ExcludedExtensions)
        {
            // Attributes returned "always" stay even when their whole extension is excluded.
            if (resource[extension.Id] is JsonObject holder)
            {
                foreach (var key in holder.Select(p => p.Key).Where(k => extension.Find(k) is not { IsAlwaysReturned: true }).ToArray())
                {
                    holder.Remove(key);
                }
            }
        }

        foreach (var reference in selection.Excluded.Where(r => !r.Attribute.IsAlwaysReturned))
        {
            var holder = reference.Extension is null ? resource : resource[reference.Extension.Id] as JsonObject;
            if (holder is null)
            {
                continue;
            }

            if (reference.SubAttribute is null)
            {
                holder.Remove(reference.Attribute.Name);
                continue;
            }

            var value = holder[reference.Attribute.Name];
            var objects = value is JsonArray array ? array.OfType<JsonObject>() : value is JsonObject single ? [single] : [];
            foreach (var item in objects)
            {
                item.Remove(reference.SubAttribute.Name);
            }
        }

        foreach (var extension in kind.Extensions.Where(e => resource[e.Id] is JsonObject { Count: 0 }))
        {
            resource.Remove(extension.Id);
        }
    }
}
