using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>
/// Brings the patched resource to its canonical form: unassigned members (null, [], {}) are dropped,
/// and "schemas" lists exactly the extensions that still hold data among those the resource carries.
/// </summary>
internal static class ResourceTidy
{
    public static void Tidy(ResourceShape shape, JsonObject resource)
    {
        foreach (var extension in shape.Extensions)
        {
            if (JsonMembers.FindKey(resource, extension.Name) is null) continue;
            if (JsonMembers.Get(resource, extension.Name) is JsonObject data) DropUnassigned(extension, data);
            if (JsonMembers.IsUnassigned(JsonMembers.Get(resource, extension.Name)))
            {
                JsonMembers.Remove(resource, extension.Name);
                SchemasMember.Unlist(resource, extension.Name);
            }
            else SchemasMember.List(resource, shape.CoreSchemaId, extension.Name);
        }
        DropUnassigned(shape.Root, resource);
    }

    private static void DropUnassigned(AttributeDefinition container, JsonObject data)
    {
        foreach (var attribute in container.SubAttributes)
        {
            if (JsonMembers.FindKey(data, attribute.Name) is not { } key) continue;
            if (!attribute.MultiValued && data[key] is JsonObject inner) DropUnassigned(attribute, inner);
            if (JsonMembers.IsUnassigned(data[key])) data.Remove(key);
        }
    }
}
