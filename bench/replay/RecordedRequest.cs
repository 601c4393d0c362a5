using System.Text.Json.Nodes;

namespace ScimConformance.Bench;

/// <summary>One request a run's check sent, as results.json recorded it (URL absolute, body already redacted of secrets only).</summary>
internal sealed record RecordedRequest(string Method, string Url, string? Body, string? ContentType, TimeSpan RecordedDuration)
{
    public static IReadOnlyList<RecordedRequest> Load(string resultsPath)
    {
        var run = JsonNode.Parse(File.ReadAllText(resultsPath))!;
        return run["tests"]!.AsArray()
            .SelectMany(t => t!["exchanges"]!.AsArray())
            .Select(x => new RecordedRequest(
                x!["method"]!.GetValue<string>(),
                x["url"]!.GetValue<string>(),
                x["requestBody"]?.GetValue<string>(),
                x["requestHeaders"]!.AsArray().FirstOrDefault(h => string.Equals(h!["key"]!.GetValue<string>(), "Content-Type", StringComparison.OrdinalIgnoreCase))?["value"]?.GetValue<string>(),
                TimeSpan.Parse(x["duration"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
    }
}
