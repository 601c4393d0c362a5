using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Schema;

/// <summary>
/// Validates resources the endpoint returns against JSON Schemas built (with JsonSchema.Net) from the
/// endpoint's own /Schemas definitions, naming the attribute that is wrong.
/// </summary>
public sealed class ResourceSchemaValidator
{
    public ResourceSchemaValidator(DiscoveryResult discovery) => throw new NotImplementedException();

    /// <summary>Validates a resource of the named resource type ("User", "Group"); empty when valid.</summary>
    public IReadOnlyList<SchemaViolation> Validate(string resourceType, JsonNode resource) => throw new NotImplementedException();
}

/// <summary>One problem: the JSON pointer of the attribute and what is wrong with it.</summary>
public sealed record SchemaViolation(string Pointer, string Message)
{
    public override string ToString() => $"{Pointer}: {Message}";
}
