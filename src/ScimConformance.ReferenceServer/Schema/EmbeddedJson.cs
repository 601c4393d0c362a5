using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Schema;

/// <summary>Reads the JSON files embedded from the Discovery folder.</summary>
internal static class EmbeddedJson
{
    public static JsonNode Read(string fileName)
    {
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream("Discovery." + fileName)
            ?? throw new InvalidOperationException($"Embedded resource Discovery.{fileName} is missing.");
        return JsonNode.Parse(stream)!;
    }
}
