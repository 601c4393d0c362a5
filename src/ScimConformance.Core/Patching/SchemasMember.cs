using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimConformance.Core.Patching;

/// <summary>Keeps "schemas" in step with the extension objects a resource holds (RFC 7643 §3, RFC 7644 §3.5.2).</summary>
internal static class SchemasMember
{
    public static void List(JsonObject resource, string coreSchemaId, string urn)
    {
        if (JsonMembers.Get(resource, "schemas") is not JsonArray schemas)
        {
            JsonMembers.Set(resource, "schemas", new JsonArray(coreSchemaId, urn));
            return;
        }
        if (!schemas.Any(s => IsUrn(s, urn))) schemas.Add(urn);
    }

    public static void Unlist(JsonObject resource, string urn)
    {
        if (JsonMembers.Get(resource, "schemas") is not JsonArray schemas) return;
        foreach (var listed in schemas.Where(s => IsUrn(s, urn)).ToArray()) schemas.Remove(listed);
    }

    private static bool IsUrn(JsonNode? node, string urn) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String && string.Equals(v.GetValue<string>(), urn, StringComparison.OrdinalIgnoreCase);
}
