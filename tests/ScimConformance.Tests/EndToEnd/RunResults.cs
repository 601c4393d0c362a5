using System.Text.Json.Nodes;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>Reads what a run wrote to results.json, the machine-readable report.</summary>
internal sealed class RunResults
{
    private RunResults(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public static RunResults Load(string outDir) =>
        new(JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "results.json")))!.AsObject());

    public string RunId => Root["runId"]!.GetValue<string>();

    public IReadOnlyList<(string Id, string Outcome, string Message)> Tests =>
        Root["tests"]!.AsArray()
            .Select(t => (t!["id"]!.GetValue<string>(), t["outcome"]!.GetValue<string>(), t["message"]?.GetValue<string>() ?? ""))
            .ToArray();

    /// <summary>The findings (failures grouped by cause): id, title and the checks each groups.</summary>
    public IReadOnlyList<(string Id, string Title, IReadOnlyList<string> Checks)> Findings =>
        (Root["findings"]?.AsArray() ?? [])
            .Select(f => (f!["id"]!.GetValue<string>(), f["title"]!.GetValue<string>(),
                (IReadOnlyList<string>)f["checks"]!.AsArray().Select(c => c!.GetValue<string>()).ToArray()))
            .ToArray();

    public string DescribeFindings() =>
        string.Join("\n", Findings.Select(f => $"{f.Id} {f.Title}: {string.Join(", ", f.Checks)}"));

    public IReadOnlySet<string> IdsWithOutcome(string outcome) =>
        Tests.Where(t => t.Outcome == outcome).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

    public string Describe(params string[] outcomes) =>
        string.Join("\n", Tests.Where(t => outcomes.Contains(t.Outcome)).Select(t => $"{t.Id} {t.Outcome}: {t.Message}"));

    /// <summary>The fixture part of a check's full name: up to the last dot outside arguments, before the test's display text.</summary>
    public static string FixtureOf(string fullName)
    {
        var name = fullName.Split(' ', 2)[0];
        var depth = 0;
        for (var i = name.Length - 1; i >= 0; i--)
        {
            depth += name[i] switch { ')' => 1, '(' => -1, _ => 0 };
            if (name[i] == '.' && depth == 0) return name[..i].Replace("ScimConformance.Suites.", "", StringComparison.Ordinal);
        }
        return name;
    }
}
