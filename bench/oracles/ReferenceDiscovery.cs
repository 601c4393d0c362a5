using System.Text.Json.Nodes;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Bench.Oracles;

/// <summary>
/// The discovery result the oracles see when run against the bundled reference server: its /Schemas document
/// and a User resource type with the enterprise extension (the same shape bench/query-oracle builds).
/// </summary>
public static class ReferenceDiscovery
{
    public static DiscoveryResult Build()
    {
        using var stream = typeof(ReferenceDiscovery).Assembly.GetManifestResourceStream("reference-schemas.json")
            ?? throw new InvalidOperationException("reference-schemas.json is not embedded; see OracleBenchmarks.csproj.");
        var document = JsonNode.Parse(stream)!;
        var schemaArray = document as JsonArray ?? document["Resources"]!.AsArray();
        var problems = new List<string>();
        var schemas = schemaArray.OfType<JsonObject>().Select(s => SchemaParser.Parse(s, problems)).OfType<SchemaDefinition>().ToArray();
        return new DiscoveryResult
        {
            Capabilities = new Capabilities { Filter = true, Patch = true },
            Schemas = schemas,
            ResourceTypes = [new ResourceTypeDefinition("User", "User", "/Users", ScimUris.User, [new SchemaExtensionRef(ScimUris.EnterpriseUser, false)])],
            Problems = problems,
        };
    }
}
