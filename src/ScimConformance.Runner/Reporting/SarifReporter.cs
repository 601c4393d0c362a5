using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Authoring;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// results.sarif (SARIF 2.1.0) for code-scanning dashboards: one run, one rule per check that has a
/// result, one result per failed check. Failures a baseline accepts are results with an external
/// suppression, so dashboards show them as dismissed rather than hiding them.
/// </summary>
public sealed class SarifReporter : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string Version = "2.1.0";

    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string FileName => "results.sarif";

    public string Render(RunResult result)
    {
        var reported = result.Tests.Where(t => t.Outcome is Outcome.Fail or Outcome.Accepted).ToArray();
        var ruleIds = reported.Select(t => t.Id).Distinct(StringComparer.Ordinal).ToList();
        var rules = new JsonArray(ruleIds.Select(id => (JsonNode)Rule(reported.First(t => t.Id == id))).ToArray());
        var results = new JsonArray(reported.Select(t => (JsonNode)Result(t, ruleIds.IndexOf(t.Id), result)).ToArray());

        var sarif = new JsonObject
        {
            ["$schema"] = SchemaUri,
            ["version"] = Version,
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "scimconf",
                        ["version"] = result.HarnessVersion,
                        ["semanticVersion"] = result.HarnessVersion,
                        ["rules"] = rules,
                    },
                },
                ["automationDetails"] = new JsonObject { ["id"] = "scimconf/" + result.RunId },
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = !result.Interrupted,
                    ["commandLine"] = result.Command,
                    ["startTimeUtc"] = result.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture),
                }),
                ["results"] = results,
            }),
        };
        return sarif.ToJsonString(Output) + "\n";
    }

    public static string Level(Severity severity) => severity switch
    {
        Severity.Critical or Severity.High => "error",
        Severity.Medium => "warning",
        _ => "note",
    };

    private static JsonObject Rule(TestOutcome test) => new()
    {
        ["id"] = test.Id,
        ["name"] = RuleName(test.Title),
        ["shortDescription"] = new JsonObject { ["text"] = test.Title },
        ["fullDescription"] = new JsonObject { ["text"] = $"{test.Title} ({string.Join(", ", test.Requirements)})" },
        ["help"] = new JsonObject { ["text"] = test.Remediation.Length > 0 ? test.Remediation : "See the requirements: " + string.Join(", ", test.Requirements) },
        ["defaultConfiguration"] = new JsonObject { ["level"] = Level(test.Severity) },
        ["properties"] = new JsonObject
        {
            ["requirements"] = new JsonArray(test.Requirements.Select(r => (JsonNode)JsonValue.Create(r)).ToArray()),
            ["area"] = test.Area,
            ["severity"] = test.Severity.ToString().ToLowerInvariant(),
            ["tags"] = test.Cwe is { } cwe
                ? new JsonArray("scim", test.Area, "security", "external/cwe/" + cwe.ToLowerInvariant())
                : new JsonArray("scim", test.Area),
            ["cwe"] = test.Cwe,
        },
    };

    private static JsonObject Result(TestOutcome test, int ruleIndex, RunResult run)
    {
        var result = new JsonObject
        {
            ["ruleId"] = test.Id,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(test.Severity),
            ["message"] = new JsonObject { ["text"] = test.Message.Length > 0 ? test.Message : test.Title },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = run.Target.BaseUrl } },
                ["logicalLocations"] = new JsonArray(new JsonObject
                {
                    ["name"] = test.Id,
                    ["fullyQualifiedName"] = test.Area + "/" + test.Id,
                    ["kind"] = "test",
                }),
            }),
            ["properties"] = new JsonObject
            {
                ["requirements"] = new JsonArray(test.Requirements.Select(r => (JsonNode)JsonValue.Create(r)).ToArray()),
                ["outcome"] = test.Outcome.ToString().ToLowerInvariant(),
            },
        };
        if (test.Outcome == Outcome.Accepted)
            result["suppressions"] = new JsonArray(new JsonObject { ["kind"] = "external", ["justification"] = "Accepted in the scimconf baseline." });
        return result;
    }

    /// <summary>SARIF rule names are identifier-like (PascalCase words), unlike titles.</summary>
    private static string RuleName(string title)
    {
        var words = title.Split((char[])[' ', '-', '_', '/', '.', ',', ':', '(', ')', '\'', '"'], StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]).Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray())));
        return name.Length > 0 ? name : "Check";
    }
}
