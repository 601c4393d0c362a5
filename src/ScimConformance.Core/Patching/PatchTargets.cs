using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>Finds (or creates) the objects a path points into, and enforces the mutability rules shared by all ops.</summary>
internal static class PatchTargets
{
    /// <summary>The object holding the path's attribute; null when a parent is unassigned and <paramref name="create"/> is false.</summary>
    public static JsonObject? Container(JsonObject resource, PatchPath path, bool create)
    {
        var current = resource;
        foreach (var parent in path.Parents)
        {
            if (!create && JsonMembers.Get(current, parent.Name) is not JsonObject) return null;
            current = ChildObject(current, parent);
        }
        return current;
    }

    /// <summary>The object value of a singular complex attribute, created when unassigned.</summary>
    public static JsonObject ChildObject(JsonObject container, AttributeDefinition attribute)
    {
        if (JsonMembers.Adopt(container, attribute.Name) is JsonObject existing) return existing;
        var created = new JsonObject();
        JsonMembers.Set(container, attribute.Name, created);
        return created;
    }

    /// <summary>RFC 7644 §3.5.2: clients MUST NOT modify readOnly attributes, by any op.</summary>
    public static void RefuseReadOnly(PatchPath path)
    {
        if (path.Chain.FirstOrDefault(a => a.Mutability == "readOnly") is { } readOnly)
            throw PatchRejectedException.Mutability($"Path \"{path.Text}\" targets \"{readOnly.Name}\", which is readOnly.");
    }

    /// <summary>An immutable attribute may only be given its first value (RFC 7644 §3.5.2); re-stating the same value changes nothing.</summary>
    public static void RefuseImmutableChange(AttributeDefinition attribute, JsonNode? current, JsonNode? next)
    {
        if (attribute.Mutability == "immutable" && !JsonMembers.IsUnassigned(current) && !ValueEquality.Equal(attribute, current, next))
            throw PatchRejectedException.Mutability($"\"{attribute.Name}\" is immutable and already has a value.");
    }

    /// <summary>RFC 7644 §3.5.2.2: removing or emptying a required attribute is a mutability error.</summary>
    public static void RefuseUnassign(AttributeDefinition attribute, JsonNode? current)
    {
        if (attribute.Required)
            throw PatchRejectedException.Mutability($"\"{attribute.Name}\" is required and cannot be removed.");
        if (attribute.Mutability == "immutable" && !JsonMembers.IsUnassigned(current))
            throw PatchRejectedException.Mutability($"\"{attribute.Name}\" is immutable and cannot be removed.");
    }
}
