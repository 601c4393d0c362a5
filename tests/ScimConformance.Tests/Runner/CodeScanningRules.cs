using System.Globalization;
using System.Text.Json.Nodes;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// What GitHub code scanning requires of an uploaded SARIF file ("SARIF support for code scanning"), as checks a test
/// can apply: the required properties of runs, rules, results and locations; artifact locations that code scanning can
/// file (a repository-relative path, or a file: URI, never an http(s) address); fingerprints; the security-severity
/// score form; and the documented limits. Returns one line per violation.
/// </summary>
internal static class CodeScanningRules
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    public static IReadOnlyList<string> Violations(JsonNode sarif)
    {
        var problems = new List<string>();
        void Need(bool condition, string problem)
        {
            if (!condition) problems.Add(problem);
        }

        Need(Text(sarif["version"]) == "2.1.0", "version must be 2.1.0");
        var runs = sarif["runs"] as JsonArray;
        Need(runs is not null, "runs is required");
        foreach (var run in runs ?? [])
        {
            var driver = run?["tool"]?["driver"];
            Need(!string.IsNullOrEmpty(Text(driver?["name"])), "tool.driver.name is required");
            if (driver?["informationUri"] is { } info) Need(IsAbsoluteHttp(Text(info)), "tool.driver.informationUri must be an absolute URI");
            var rules = (driver?["rules"] as JsonArray ?? []).Select(r => r!).ToArray();
            var ruleIds = rules.Select(r => Text(r["id"])).ToArray();
            Need(ruleIds.All(id => !string.IsNullOrEmpty(id)), "every rule needs an id");
            Need(ruleIds.Distinct(StringComparer.Ordinal).Count() == ruleIds.Length, "rule ids must be unique");
            Need(rules.Length <= 25_000, "at most 25,000 rules per run");
            foreach (var rule in rules) RuleProblems(rule, Need);

            var results = run?["results"] as JsonArray;
            Need(results is not null, "run.results is required");
            Need((results?.Count ?? 0) <= 25_000, "at most 25,000 results per run");
            foreach (var result in results ?? [])
            {
                var ruleId = Text(result?["ruleId"]) ?? Text(result?["rule"]?["id"]);
                Need(!string.IsNullOrEmpty(ruleId), "a result needs a ruleId");
                if (result?["ruleIndex"] is JsonValue index)
                    Need(index.TryGetValue<int>(out var i) && i >= 0 && i < ruleIds.Length && ruleIds[i] == ruleId, $"{ruleId}: ruleIndex must point at its rule");
                Need(!string.IsNullOrEmpty(Text(result?["message"]?["text"])), $"{ruleId}: message.text is required");
                Need(Levels.Contains(Text(result?["level"]) ?? "warning"), $"{ruleId}: level must be none, note, warning or error");
                var locations = result?["locations"] as JsonArray;
                Need(locations is { Count: > 0 and <= 10 }, $"{ruleId}: one to ten locations are required");
                foreach (var location in locations ?? [])
                {
                    var physical = location?["physicalLocation"];
                    var uri = Text(physical?["artifactLocation"]?["uri"]);
                    Need(uri is not null && UriProblem(uri) is null, $"{ruleId}: artifactLocation.uri '{uri}' {(uri is null ? "is required" : UriProblem(uri))}");
                    Need(physical?["region"]?["startLine"] is JsonValue line && line.TryGetValue<int>(out var n) && n >= 1, $"{ruleId}: region.startLine (1 or more) is required");
                }
                var fingerprints = result?["partialFingerprints"] as JsonObject;
                Need(fingerprints is not null && fingerprints.Count > 0 && fingerprints.All(f => !string.IsNullOrEmpty(Text(f.Value))),
                    $"{ruleId}: partialFingerprints must hold non-empty strings (code scanning cannot compute them without the source file)");
            }
        }
        return problems;
    }

    /// <summary>Why code scanning could not file a result at this artifact location; null when it can.</summary>
    public static string? UriProblem(string uri)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && !uri.StartsWith('/'))
            return absolute.Scheme == Uri.UriSchemeFile ? null : $"has the scheme {absolute.Scheme}: only repository-relative paths or file: URIs can be filed";
        if (!Uri.IsWellFormedUriString(uri, UriKind.Relative)) return "is not a well-formed, percent-encoded relative URI";
        if (uri.StartsWith('/') || uri.Contains('\\', StringComparison.Ordinal)) return "must be relative to the repository root, with '/' separators";
        if (uri.Split('/').Any(segment => segment is ".." or "." or "")) return "must not hold empty, '.' or '..' segments";
        if (uri.Contains('?', StringComparison.Ordinal) || uri.Contains('#', StringComparison.Ordinal)) return "must not carry a query or fragment";
        return null;
    }

    private static void RuleProblems(JsonNode rule, Action<bool, string> need)
    {
        var id = Text(rule["id"]);
        if (rule["helpUri"] is { } help) need(IsAbsoluteHttp(Text(help)), $"rule {id}: helpUri must be an absolute http(s) URI");
        if (rule["defaultConfiguration"]?["level"] is { } level) need(Levels.Contains(Text(level)), $"rule {id}: defaultConfiguration.level is not a SARIF level");
        var properties = rule["properties"];
        if (properties?["security-severity"] is { } score)
            need(decimal.TryParse(Text(score), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) && s is >= 0 and <= 10,
                $"rule {id}: security-severity must be a string holding a score from 0.0 to 10.0");
        if (properties?["tags"] is JsonArray tags)
            need(tags.Count <= 20 && tags.All(t => !string.IsNullOrEmpty(Text(t))), $"rule {id}: at most 20 non-empty tags");
    }

    private static bool IsAbsoluteHttp(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
