using System.Text.Json.Nodes;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Run;

namespace ScimConformance.Suites.Fidelity;

/// <summary>
/// Request bodies of generated cases: the resource type's core schema URN and each extension URN its attributes use
/// (a required extension always), attributes at the top level or under their extension's URN (RFC 7643 §3.3).
/// </summary>
internal static class ResourceBodies
{
    public static JsonObject Build(ResourceTypeDefinition resourceType, IEnumerable<(SchemaDefinition Schema, bool Core, AttributeDefinition Attribute, JsonNode Value)> values)
    {
        var body = new JsonObject();
        var schemas = new JsonArray(resourceType.Schema);
        body["schemas"] = schemas;
        foreach (var required in resourceType.Extensions.Where(e => e.Required))
            body[required.Schema] = new JsonObject();
        foreach (var (schema, core, attribute, value) in values)
        {
            if (core)
            {
                body[attribute.Name] = value.DeepClone();
                continue;
            }
            if (body[schema.Id] is not JsonObject extension) body[schema.Id] = extension = new JsonObject();
            extension[attribute.Name] = value.DeepClone();
        }
        foreach (var extension in resourceType.Extensions.Where(e => body.ContainsKey(e.Schema)))
            schemas.Add(extension.Schema);
        return body;
    }

    /// <summary>
    /// The body with the name that carries the run prefix (userName, Group displayName) when it lacks one: the name of
    /// <paramref name="from"/> when given (a replacement keeps the created name), else a new one.
    /// </summary>
    public static JsonObject Named(ScimRun run, ResourceTypeDefinition resourceType, JsonObject body, JsonObject? from = null)
    {
        var name = NameAttribute(resourceType);
        if (name is null || body.ContainsKey(name)) return body;
        body[name] = from?[name]?.DeepClone() ?? (name == "userName" ? run.Data.UserName() : run.Data.Group()["displayName"]!.DeepClone());
        return body;
    }

    /// <summary>
    /// Whether a create of an attribute of <paramref name="of"/> needs this other attribute too: it is required in the core
    /// schema, in a required extension, or in the extension the attribute belongs to (RFC 7643 §6: the extension's required
    /// attributes come with it).
    /// </summary>
    public static bool NeededBeside(ResourceTypeDefinition resourceType, SchemaDefinition schema, bool core, AttributeDefinition attribute, SchemaDefinition of) =>
        attribute.Required && (core || string.Equals(schema.Id, of.Id, StringComparison.OrdinalIgnoreCase)
            || resourceType.Extensions.Any(e => e.Required && string.Equals(e.Schema, schema.Id, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The value of an attribute in a resource: top-level for the core schema, under the URN for an extension.</summary>
    public static JsonNode? Read(JsonObject? resource, SchemaDefinition schema, bool core, string name)
    {
        if (resource is null) return null;
        var holder = core ? resource : Member(resource, schema.Id) as JsonObject;
        return holder is null ? null : Member(holder, name);
    }

    /// <summary>The name attribute that carries the run prefix (userName of a User, displayName of a Group); null for other types.</summary>
    public static string? NameAttribute(ResourceTypeDefinition resourceType) =>
        string.Equals(resourceType.Schema, ScimUris.User, StringComparison.OrdinalIgnoreCase) ? "userName"
        : string.Equals(resourceType.Schema, ScimUris.Group, StringComparison.OrdinalIgnoreCase) ? "displayName"
        : null;

    private static JsonNode? Member(JsonObject holder, string name) =>
        holder.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
