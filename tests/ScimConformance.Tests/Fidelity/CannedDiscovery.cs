using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Tests.Fidelity;

/// <summary>A discovery result built from canned /ResourceTypes and /Schemas documents, through the harness's own parsers.</summary>
internal static class CannedDiscovery
{
    public static DiscoveryResult From(string resourceTypes, string schemas)
    {
        var problems = new List<string>();
        return new DiscoveryResult
        {
            Capabilities = CapabilitiesParser.Parse(new JsonObject()),
            ResourceTypes = JsonNode.Parse(resourceTypes)!.AsArray().OfType<JsonObject>().Select(r => ResourceTypeParser.Parse(r, problems)).OfType<ResourceTypeDefinition>().ToArray(),
            Schemas = JsonNode.Parse(schemas)!.AsArray().OfType<JsonObject>().Select(s => SchemaParser.Parse(s, problems)).OfType<SchemaDefinition>().ToArray(),
            Problems = problems,
        };
    }

    /// <summary>The reference server's own discovery documents, as it serves them.</summary>
    public static DiscoveryResult ReferenceServer()
    {
        var folder = Path.Combine(RepositoryRoot.Find(), "src", "ScimConformance.ReferenceServer", "Discovery");
        return From(File.ReadAllText(Path.Combine(folder, "resourceTypes.json")), File.ReadAllText(Path.Combine(folder, "schemas.json")));
    }
}
