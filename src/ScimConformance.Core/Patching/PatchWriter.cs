using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>
/// "add" (RFC 7644 §3.5.2.1) and "replace" (§3.5.2.3). They differ only for multi-valued attributes
/// without a filter: add appends values not already present, replace swaps the whole set. Complex values
/// are merged sub-attribute by sub-attribute by both; an unassigned target is simply created.
/// </summary>
internal sealed class PatchWriter(ResourceShape shape, ValueNormalizer normalizer)
{
    public void Write(JsonObject resource, PatchPath path, JsonNode? value, PatchOpKind kind)
    {
        PatchTargets.RefuseReadOnly(path);
        if (path.SelectsValues)
        {
            WriteSelected(resource, path, value, kind);
            return;
        }
        WriteAttribute(PatchTargets.Container(resource, path, create: true)!, path.Attribute, value, kind);
    }

    private void WriteAttribute(JsonObject container, AttributeDefinition attribute, JsonNode? value, PatchOpKind kind)
    {
        if (value is null || value.GetValueKind() == JsonValueKind.Null)
        {
            Unassign(container, attribute);
            return;
        }
        if (attribute.MultiValued) WriteValues(container, attribute, value, kind);
        else if (attribute.Type == "complex") Merge(container, attribute, value, kind);
        else
        {
            var next = normalizer.Single(attribute, value);
            var current = JsonMembers.Get(container, attribute.Name);
            PatchTargets.RefuseImmutableChange(attribute, current, next);
            // Re-stating an immutable value is no change (RFC 7644 §3.5.2.1): the stored spelling stays.
            if (attribute.Mutability == "immutable" && !JsonMembers.IsUnassigned(current)) return;
            JsonMembers.Set(container, attribute.Name, next);
        }
    }

    private void WriteValues(JsonObject container, AttributeDefinition attribute, JsonNode value, PatchOpKind kind)
    {
        var incoming = normalizer.Values(attribute, value);
        var current = JsonMembers.Adopt(container, attribute.Name);
        if (kind == PatchOpKind.Replace || current is not JsonArray existing || JsonMembers.IsUnassigned(existing))
        {
            if (incoming.Count == 0)
            {
                if (kind == PatchOpKind.Replace) Unassign(container, attribute);
                return;
            }
            PatchTargets.RefuseImmutableChange(attribute, current, incoming);
            JsonMembers.Set(container, attribute.Name, incoming);
            PrimaryRule.Apply(attribute, incoming, incoming.ToArray());
            return;
        }
        var element = attribute with { MultiValued = false };
        var written = new List<JsonNode?>();
        foreach (var item in incoming)
        {
            // "values already present are not duplicated" (RFC 7644 §3.5.2.1): compared as whole values.
            if (existing.Any(e => ValueEquality.Equal(element, e, item))) continue;
            var copy = item!.DeepClone();
            existing.Add(copy);
            written.Add(copy);
        }
        if (written.Count > 0 && attribute.Mutability == "immutable")
            throw PatchRejectedException.Mutability($"\"{attribute.Name}\" is immutable and already has values.");
        PrimaryRule.Apply(attribute, existing, written);
    }

    private void Merge(JsonObject container, AttributeDefinition attribute, JsonNode value, PatchOpKind kind)
    {
        if (value is not JsonObject members)
            throw PatchRejectedException.InvalidValue($"\"{attribute.Name}\" is complex; its value must be an object.");
        var target = PatchTargets.ChildObject(container, attribute);
        foreach (var (key, member) in members.ToArray())
        {
            var sub = attribute.Sub(key) ?? throw Unknown(attribute, key);
            if (sub.Mutability == "readOnly")
                throw PatchRejectedException.Mutability($"\"{sub.Name}\" of \"{attribute.Name}\" is readOnly.");
            WriteAttribute(target, sub, member, kind);
        }
    }

    /// <summary>valuePath targets: only the selected values change; no selected value is noTarget (RFC 7644 §3.5.2.3).</summary>
    private void WriteSelected(JsonObject resource, PatchPath path, JsonNode? value, PatchOpKind kind)
    {
        var attribute = path.Attribute;
        var values = PatchTargets.Container(resource, path, create: false) is { } container
            ? JsonMembers.Adopt(container, attribute.Name) as JsonArray
            : null;
        var matches = values?.Where(v => path.Filter?.Matches(v) ?? true).ToList() ?? [];
        if (values is null || matches.Count == 0)
            throw PatchRejectedException.NoTarget(path.Filter is null
                ? $"Path \"{path.Text}\": \"{attribute.Name}\" has no values."
                : $"Path \"{path.Text}\": the value filter matched no value of \"{attribute.Name}\".");
        if (attribute.Mutability == "immutable")
            throw PatchRejectedException.Mutability($"\"{attribute.Name}\" is immutable.");
        var written = new List<JsonNode?>();
        if (path.SubAttribute is { } sub)
        {
            foreach (var match in matches.OfType<JsonObject>()) WriteAttribute(match, sub, value, kind);
            written.AddRange(matches);
        }
        else
        {
            var element = attribute with { MultiValued = false };
            var next = normalizer.Single(element, value);
            foreach (var match in matches)
                written.Add(kind == PatchOpKind.Add && match is JsonObject target && next is JsonObject members
                    ? MergeValue(attribute, target, members)
                    : ReplaceValue(attribute, values, match, next));
        }
        PrimaryRule.Apply(attribute, values, written);
    }

    private static JsonObject MergeValue(AttributeDefinition attribute, JsonObject target, JsonObject members)
    {
        foreach (var (key, member) in members)
        {
            var sub = attribute.Sub(key)!;
            PatchTargets.RefuseImmutableChange(sub, JsonMembers.Get(target, sub.Name), member);
            JsonMembers.Set(target, sub.Name, member!.DeepClone());
        }
        return target;
    }

    private static JsonNode ReplaceValue(AttributeDefinition attribute, JsonArray values, JsonNode? match, JsonNode next)
    {
        if (match is JsonObject old && next is JsonObject fresh)
            foreach (var sub in attribute.SubAttributes)
                PatchTargets.RefuseImmutableChange(sub, JsonMembers.Get(old, sub.Name), JsonMembers.Get(fresh, sub.Name));
        var replacement = next.DeepClone();
        values[values.IndexOf(match)] = replacement;
        return replacement;
    }

    private static void Unassign(JsonObject container, AttributeDefinition attribute)
    {
        var current = JsonMembers.Get(container, attribute.Name);
        if (JsonMembers.IsUnassigned(current) && !attribute.Required) return;
        PatchTargets.RefuseUnassign(attribute, current);
        JsonMembers.Remove(container, attribute.Name);
    }

    private PatchRejectedException Unknown(AttributeDefinition container, string key) => shape.HoldsAttributes(container)
        ? PatchRejectedException.InvalidPath($"\"{key}\" is not an attribute of {container.Name}.")
        : PatchRejectedException.InvalidValue($"\"{container.Name}\" has no sub-attribute \"{key}\".");
}
