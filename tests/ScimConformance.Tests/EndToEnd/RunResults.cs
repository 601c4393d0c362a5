using System.Text.Json.Nodes;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>Reads what a run wrote to results.json, the machine-readable report.</summary>
internal sealed class RunResults
{
    private RunResults(JsonObject root) => Root = root;

    public JsonObject Root { get; }

    public static RunResults Load(string outDir) =>
        new(JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "results.json")))!.AsObject());

    /// <summary>results.json without its exchanges: outcomes, messages and findings, small enough to hold for a while.</summary>
    public static RunResults LoadVerdicts(string outDir)
    {
        var results = Load(outDir);
        foreach (var test in results.Root["tests"]!.AsArray()) test!.AsObject().Remove("exchanges");
        return results;
    }

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

    /// <summary>
    /// The results as a run of only <paramref name="ids"/> would read them: those checks, and the findings that group any
    /// of them (check lists whole, so a finding that also groups other checks shows it: <see cref="FindingsWithin"/>).
    /// </summary>
    public RunResults Only(IReadOnlySet<string> ids) => new(new JsonObject
    {
        ["runId"] = Root["runId"]?.DeepClone(),
        ["tests"] = new JsonArray([.. Root["tests"]!.AsArray().Where(t => ids.Contains(t!["id"]!.GetValue<string>())).Select(t => t!.DeepClone())]),
        ["findings"] = new JsonArray([.. (Root["findings"]?.AsArray() ?? []).Where(f => f!["checks"]!.AsArray().Any(c => ids.Contains(c!.GetValue<string>())))
            .Select(f => f!.DeepClone())]),
    });

    /// <summary>Whether every finding groups checks of <paramref name="ids"/> only.</summary>
    public bool FindingsWithin(IReadOnlySet<string> ids) => Findings.All(f => f.Checks.All(ids.Contains));

    public string DescribeFindings() =>
        string.Join("\n", Findings.Select(f => $"{f.Id} {f.Title}: {string.Join(", ", f.Checks)}"));

    public IReadOnlySet<string> IdsWithOutcome(string outcome) =>
        Tests.Where(t => t.Outcome == outcome).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

    public string Describe(params string[] outcomes) =>
        string.Join("\n", Tests.Where(t => outcomes.Contains(t.Outcome)).Select(t => $"{t.Id} {t.Outcome}: {t.Message}"));

    /// <summary>
    /// The fixture part of a check's full name: up to the last dot outside arguments, before the test's display text. A
    /// generated case is named by its check id, which may hold dots (ATT-User-reference.badgeId-immutable): the fixture
    /// ends before the first segment that is no C# identifier.
    /// </summary>
    public static string FixtureOf(string fullName)
    {
        var name = fullName.Split(' ', 2)[0];
        var depth = 0;
        var segmentStart = 0;
        var lastDot = -1;
        for (var i = 0; i < name.Length; i++)
        {
            depth += name[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (name[i] != '.' || depth != 0) continue;
            if (!IsIdentifier(name[segmentStart..i])) break;
            lastDot = i;
            segmentStart = i + 1;
        }
        return lastDot < 0 ? name : name[..lastDot].Replace("ScimConformance.Suites.", "", StringComparison.Ordinal);
    }

    // A namespace, class or parameterised fixture segment: an identifier, with its arguments when it has some.
    private static bool IsIdentifier(string segment)
    {
        var head = segment.Split('(', 2)[0];
        return head.Length > 0 && head.All(c => char.IsLetterOrDigit(c) || c is '_' or '`');
    }
}
