using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.ReferenceServer.Patching;

/// <summary>The remove operation (RFC 7644 section 3.5.2.2).</summary>
internal static class PatchRemover
{
    public static void Remove(JsonObject content, ResourceKind kind, PatchPath path, JsonNode? value, DefectSwitches defects)
    {
        if (path.WholeExtension is { } extension)
        {
            content.Remove(extension.Id);
            return;
        }

        if (PatchDefectBehaviour.Skips(defects, path))
        {
            return;
        }

        PatchContent.CheckWritable(path);
        var attribute = path.Attribute;
        if (PatchContent.Holder(content, path.Target!.Extension, create: false) is not { } holder)
        {
            return;
        }

        if (path.Filter is not null)
        {
            if (holder[attribute.Name] is not JsonArray array)
            {
                return;
            }

            if (path.SubAttribute is null && defects.IsOn(PatchDefects.FilteredRemoveRemovesAll))
            {
                holder.Remove(attribute.Name);
                PatchContent.RemoveEmpty(content, kind);
                return;
            }

            if (attribute.Name == "members" && defects.IsOn(PatchDefects.MemberRemoveIgnored))
            {
                return;
            }

            var matches = array.OfType<JsonObject>().Where(e => ValueFilterMatcher.Matches(path.Filter, e, attribute)).ToList();
            foreach (var match in matches)
            {
                if (path.SubAttribute is { } sub)
                {
                    match.Remove(sub.Name);
                }
                else
                {
                    array.Remove(match);
                }
            }
        }
        else if (path.SubAttribute is { } sub)
        {
            var items = holder[attribute.Name] is JsonArray array ? array.OfType<JsonObject>() : holder[attribute.Name] is JsonObject single ? [single] : [];
            foreach (var item in items)
            {
                item.Remove(sub.Name);
            }
        }
        else if (attribute.MultiValued && value is not null && holder[attribute.Name] is JsonArray array)
        {
            // remove with a value list (as Entra sends for members) removes just those values.
            var targets = value is JsonArray list ? list.ToArray() : [value];
            foreach (var item in array.ToArray())
            {
                if (targets.Any(t => SameValue(item, t)))
                {
                    array.Remove(item);
                }
            }
        }
        else
        {
            holder.Remove(attribute.Name);
        }

        PatchContent.RemoveEmpty(content, kind);
    }

    private static bool SameValue(JsonNode? stored, JsonNode? requested)
    {
        if (stored is JsonObject storedObject && requested is JsonObject requestedObject
            && requestedObject.Member("value") is { } requestedValue)
        {
            return JsonNode.DeepEquals(storedObject["value"], requestedValue);
        }

        return JsonNode.DeepEquals(stored, requested);
    }
}
