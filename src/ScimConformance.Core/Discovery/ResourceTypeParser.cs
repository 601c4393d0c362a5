using System.Text.Json.Nodes;

namespace ScimConformance.Core.Discovery;

/// <summary>Reads /ResourceTypes entries (RFC 7643 §6).</summary>
public static class ResourceTypeParser
{
    public static ResourceTypeDefinition? Parse(JsonObject resourceType, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(resourceType);
        ArgumentNullException.ThrowIfNull(problems);
        var name = resourceType.String("name") ?? resourceType.String("id");
        var endpoint = resourceType.String("endpoint");
        var schema = resourceType.String("schema");
        if (name is null || endpoint is null || schema is null)
        {
            problems.Add($"/ResourceTypes holds an entry without name, endpoint or schema ({Excerpt(resourceType)}); it was skipped.");
            return null;
        }
        var extensions = resourceType.Objects("schemaExtensions")
            .Select(e => e.String("schema") is { } urn ? new SchemaExtensionRef(urn, e.Bool("required") ?? false) : null)
            .OfType<SchemaExtensionRef>()
            .ToArray();
        return new ResourceTypeDefinition(resourceType.String("id") ?? name, name, endpoint, schema, extensions);
    }

    private static string Excerpt(JsonNode node)
    {
        var text = node.ToJsonString();
        return text.Length <= 120 ? text : text[..120] + "...";
    }
}
