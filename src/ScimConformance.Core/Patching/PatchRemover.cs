using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>
/// "remove" (RFC 7644 §3.5.2.2). Removing something already unassigned changes nothing and succeeds;
/// a value filter that selects nothing is noTarget (§3.12 defines noTarget as exactly that case).
/// A "value" given with a multi-valued path (Entra ID's members removal) removes the values it describes;
/// values it describes that are not present are ignored.
/// </summary>
internal sealed class PatchRemover(ResourceShape shape)
{
    public void Remove(JsonObject resource, PatchPath path, JsonNode? value)
    {
        PatchTargets.RefuseReadOnly(path);
        var attribute = path.Attribute;
        var container = PatchTargets.Container(resource, path, create: false);
        if (container is null) return;
        var current = JsonMembers.Adopt(container, attribute.Name);
        if (path.SelectsValues)
        {
            RemoveSelected(container, path, current as JsonArray);
            return;
        }
        if (attribute.MultiValued && value is not null && value.GetValueKind() != JsonValueKind.Null)
        {
            if (current is not JsonArray values) return;
            var patterns = value is JsonArray array ? array.ToArray() : [value];
            var element = attribute with { MultiValued = false };
            RemoveValues(container, attribute, values, values.Where(v => patterns.Any(p => ValueEquality.Matches(element, v, p))).ToList());
            return;
        }
        if (JsonMembers.IsUnassigned(current) && !attribute.Required)
        {
            JsonMembers.Remove(container, attribute.Name);
            return;
        }
        PatchTargets.RefuseUnassign(attribute, current);
        JsonMembers.Remove(container, attribute.Name);
        if (shape.IsExtension(attribute)) SchemasMember.Unlist(resource, attribute.Name);
    }

    private static void RemoveSelected(JsonObject container, PatchPath path, JsonArray? values)
    {
        var matches = values?.Where(v => path.Filter?.Matches(v) ?? true).ToList() ?? [];
        if (matches.Count == 0)
        {
            if (path.Filter is not null)
                throw PatchRejectedException.NoTarget($"Path \"{path.Text}\": the value filter matched no value of \"{path.Attribute.Name}\".");
            return;
        }
        if (path.SubAttribute is not { } sub)
        {
            RemoveValues(container, path.Attribute, values!, matches);
            return;
        }
        foreach (var match in matches.OfType<JsonObject>())
        {
            var current = JsonMembers.Get(match, sub.Name);
            if (JsonMembers.IsUnassigned(current) && !sub.Required) continue;
            PatchTargets.RefuseUnassign(sub, current);
            JsonMembers.Remove(match, sub.Name);
        }
    }

    private static void RemoveValues(JsonObject container, AttributeDefinition attribute, JsonArray values, List<JsonNode?> doomed)
    {
        if (doomed.Count == 0) return;
        if (attribute.Mutability == "immutable")
            throw PatchRejectedException.Mutability($"\"{attribute.Name}\" is immutable; its values cannot be removed.");
        foreach (var value in doomed) values.Remove(value);
        if (!JsonMembers.IsUnassigned(values)) return;
        PatchTargets.RefuseUnassign(attribute, null);
        JsonMembers.Remove(container, attribute.Name);
    }
}
