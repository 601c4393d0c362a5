using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Authoring;
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
        var ruleIds = reported.Select(t => t.Check.Id).Distinct(StringComparer.Ordinal).ToList();
        var rules = new JsonArray(ruleIds.Select(id => (JsonNode)Rule(reported.First(t => t.Check.Id == id))).ToArray());
        var results = new JsonArray(reported.Select(t => (JsonNode)Result(t, ruleIds.IndexOf(t.Check.Id), result)).ToArray());

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
        ["id"] = test.Check.Id,
        ["name"] = RuleName(test.Check.Title),
        ["shortDescription"] = new JsonObject { ["text"] = test.Check.Title },
        ["fullDescription"] = new JsonObject { ["text"] = $"{test.Check.Title} ({string.Join(", ", test.Check.Requirements)})" },
        ["help"] = new JsonObject { ["text"] = test.Check.Remediation.Length > 0 ? test.Check.Remediation : "See the requirements: " + string.Join(", ", test.Check.Requirements) },
        ["defaultConfiguration"] = new JsonObject { ["level"] = Level(test.Check.Severity) },
        ["properties"] = new JsonObject
        {
            ["requirements"] = new JsonArray(test.Check.Requirements.Select(r => (JsonNode)JsonValue.Create(r)).ToArray()),
            ["area"] = test.Check.Area,
            ["severity"] = test.Check.Severity.ToString().ToLowerInvariant(),
            ["tags"] = test.Check.Cwe is { } cwe
                ? new JsonArray("scim", test.Check.Area, "security", "external/cwe/" + cwe.ToLowerInvariant())
                : new JsonArray("scim", test.Check.Area),
            ["cwe"] = test.Check.Cwe,
        },
    };

    private static JsonObject Result(TestOutcome test, int ruleIndex, RunResult run)
    {
        var result = new JsonObject
        {
            ["ruleId"] = test.Check.Id,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(test.Check.Severity),
            ["message"] = new JsonObject { ["text"] = test.Message.Length > 0 ? test.Message : test.Check.Title },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = run.Target.BaseUrl } },
                ["logicalLocations"] = new JsonArray(new JsonObject
                {
                    ["name"] = test.Check.Id,
                    ["fullyQualifiedName"] = test.Check.Area + "/" + test.Check.Id,
                    ["kind"] = "test",
                }),
            }),
            ["properties"] = new JsonObject
            {
                ["requirements"] = new JsonArray(test.Check.Requirements.Select(r => (JsonNode)JsonValue.Create(r)).ToArray()),
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
