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
    public AttributeDefinition? Attribute(string coreSchemaId, string path) => throw new NotImplementedException();
}
