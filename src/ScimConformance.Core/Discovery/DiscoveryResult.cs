using System.Text.Json.Nodes;

namespace ScimConformance.Core.Discovery;

/// <summary>
/// What the endpoint advertises: capabilities, resource types and schemas, plus the raw documents
/// (suites check their shape). Built once per run by <see cref="DiscoveryClient"/>.
/// </summary>
public sealed record DiscoveryResult
{
    public required Capabilities Capabilities { get; init; }
    public IReadOnlyList<ResourceTypeDefinition> ResourceTypes { get; init; } = [];
    public IReadOnlyList<SchemaDefinition> Schemas { get; init; } = [];
    public JsonObject? RawServiceProviderConfig { get; init; }
    public JsonNode? RawResourceTypes { get; init; }
    public JsonNode? RawSchemas { get; init; }
    /// <summary>Problems met while reading discovery documents (the suites report them; the run goes on).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    public ResourceTypeDefinition? ResourceType(string name) =>
        ResourceTypes.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));

    public SchemaDefinition? Schema(string id) =>
        Schemas.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Looks up an attribute by path: "userName", "name.givenName", "emails.value",
    /// or URN-qualified "urn:...:enterprise:2.0:User:employeeNumber". Searches the core schema first.
    /// </summary>
    public AttributeDefinition? Attribute(string coreSchemaId, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            // Schema URNs contain dots ("2.0"), so the schema is found by prefix before the path is split.
            var schema = Schemas
                .Where(s => path.Length > s.Id.Length + 1 && path.StartsWith(s.Id + ":", StringComparison.OrdinalIgnoreCase))
                .MaxBy(s => s.Id.Length);
            return schema is null ? null : Find(schema, path[(schema.Id.Length + 1)..]);
        }
        if (Schema(coreSchemaId) is { } core && Find(core, path) is { } found) return found;
        var extensions = ResourceTypes
            .Where(r => string.Equals(r.Schema, coreSchemaId, StringComparison.OrdinalIgnoreCase))
            .SelectMany(r => r.Extensions)
            .Select(e => Schema(e.Schema))
            .OfType<SchemaDefinition>();
        return extensions.Select(s => Find(s, path)).FirstOrDefault(a => a is not null);
    }

    private static AttributeDefinition? Find(SchemaDefinition schema, string path)
    {
        var parts = path.Split('.', 2);
        var attribute = schema.Attribute(parts[0]);
        return parts.Length == 1 || attribute is null ? attribute : attribute.Sub(parts[1]);
    }
}
