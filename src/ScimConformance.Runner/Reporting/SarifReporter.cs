using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core.Catalog;
using ScimConformance.Runner.Findings;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// results.sarif (SARIF 2.1.0) for code scanning: one run, one rule per check that has a result, one result per failed
/// check. It keeps to what GitHub code scanning accepts: each result sits at a repository-relative location
/// (<c>scimconf/&lt;area&gt;/&lt;check-id&gt;</c>; the endpoint's URL is a property, since code scanning refuses http(s)
/// locations), carries <c>partialFingerprints</c> that depend only on the check (so an alert stays one alert from run to
/// run), names its finding (the cause it shares with other failed checks: first in the message, in
/// <c>properties.finding</c>, as a second fingerprint and as related locations to the finding's other checks), and its
/// rule carries a <c>security-severity</c> score and a <c>helpUri</c> to the RFC section. Failures a baseline
/// accepts are results with an external suppression, so dashboards show them as dismissed rather than hiding them.
/// </summary>
public sealed class SarifReporter : IReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string Version = "2.1.0";

    /// <summary>The folder results are filed under, in the repository that uploads them.</summary>
    public const string LocationRoot = "scimconf";

    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string FileName => "results.sarif";

    public string Render(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var reported = result.Tests.Where(t => t.Outcome is Outcome.Fail or Outcome.Accepted).ToArray();
        var ruleIds = reported.Select(t => t.Check.Id).Distinct(StringComparer.Ordinal).ToList();
        var rules = new JsonArray(ruleIds.Select(id => (JsonNode)Rule(reported.First(t => t.Check.Id == id))).ToArray());
        var findings = FindingIndex.Of(result);
        var results = new JsonArray(reported.Select(t => (JsonNode)Result(t, ruleIds.IndexOf(t.Check.Id), result, findings.For(t.Check.Id))).ToArray());

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
                        ["name"] = ToolInfo.Name,
                        ["version"] = result.HarnessVersion,
                        ["semanticVersion"] = result.HarnessVersion,
                        ["informationUri"] = ToolInfo.InformationUri.ToString(),
                        ["rules"] = rules,
                    },
                },
                ["automationDetails"] = new JsonObject { ["id"] = LocationRoot + "/" + result.RunId },
                ["invocations"] = new JsonArray(new JsonObject
                {
                    ["executionSuccessful"] = !result.Interrupted,
                    ["commandLine"] = result.Command,
                    ["startTimeUtc"] = result.StartedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
                }),
                ["results"] = results,
                ["properties"] = new JsonObject { ["endpoint"] = result.Target.BaseUrl, ["seed"] = result.Seed },
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

    /// <summary>
    /// GitHub's security-severity score for a severity (over 9.0 critical, 7.0 to 8.9 high, 4.0 to 6.9 medium, 0.1 to 3.9
    /// low); null for info, which has no score.
    /// </summary>
    public static string? SecuritySeverity(Severity severity) => severity switch
    {
        Severity.Critical => "9.5",
        Severity.High => "8.0",
        Severity.Medium => "5.5",
        Severity.Low => "2.0",
        _ => null,
    };

    /// <summary>Where a check's results are filed: <c>scimconf/&lt;area&gt;/&lt;check-id&gt;</c>, each segment percent-encoded.</summary>
    public static string LocationOf(TestOutcome test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return string.Join('/', LocationRoot, Uri.EscapeDataString(test.Check.Area.Length > 0 ? test.Check.Area : "checks"), Uri.EscapeDataString(test.Check.Id));
    }

    /// <summary>Depends only on the check, so the same failure is the same alert in every run, whatever the message or endpoint port.</summary>
    public static string Fingerprint(string checkId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(LocationRoot + "\n" + checkId)))[..16].ToLowerInvariant();

    /// <summary>The first requirement's public page (RFC section, OWASP risk), or the tool's home when none has one.</summary>
    public static Uri HelpUri(TestOutcome test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var catalog = RequirementCatalog.Default;
        return test.Check.Requirements.Where(catalog.Contains).Select(id => RequirementLink.For(catalog.Get(id))).FirstOrDefault(u => u is not null)
            ?? ToolInfo.InformationUri;
    }

    private static JsonObject Rule(TestOutcome test)
    {
        var properties = new JsonObject
        {
            ["requirements"] = new JsonArray(test.Check.Requirements.Select(r => (JsonNode)JsonValue.Create(r)).ToArray()),
            ["area"] = test.Check.Area,
            ["severity"] = test.Check.Severity.ToString().ToLowerInvariant(),
            ["tags"] = test.Check.Cwe is { } cwe
                ? new JsonArray("scim", test.Check.Area, "security", "external/cwe/" + cwe.ToLowerInvariant())
                : new JsonArray("scim", test.Check.Area),
            ["precision"] = "high",
        };
        if (SecuritySeverity(test.Check.Severity) is { } score) properties["security-severity"] = score;
        if (test.Check.Cwe is not null) properties["cwe"] = test.Check.Cwe;
        return new JsonObject
        {
            ["id"] = test.Check.Id,
            ["name"] = RuleName(test.Check.Title),
            ["shortDescription"] = new JsonObject { ["text"] = test.Check.Title },
            ["fullDescription"] = new JsonObject { ["text"] = $"{test.Check.Title} ({string.Join(", ", test.Check.Requirements)})" },
            ["help"] = new JsonObject { ["text"] = test.Check.Remediation.Length > 0 ? test.Check.Remediation : "See the requirements: " + string.Join(", ", test.Check.Requirements) },
            ["helpUri"] = HelpUri(test).ToString(),
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(test.Check.Severity) },
            ["properties"] = properties,
        };
    }

    private static JsonObject Result(TestOutcome test, int ruleIndex, RunResult run, Finding? finding)
    {
        var fingerprint = Fingerprint(test.Check.Id);
        var message = test.Message.Length > 0 ? test.Message : test.Check.Title;
        var result = new JsonObject
        {
            ["ruleId"] = test.Check.Id,
            ["ruleIndex"] = ruleIndex,
            ["level"] = Level(test.Check.Severity),
            // Code scanning lists alerts by their message's first line: the cause leads, the check's own verdict follows.
            ["message"] = new JsonObject { ["text"] = finding is null ? message : $"{finding.Id} {finding.Title}\n{message}" },
            ["locations"] = new JsonArray(new JsonObject
            {
                ["physicalLocation"] = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject { ["uri"] = LocationOf(test) },
                    ["region"] = new JsonObject { ["startLine"] = 1 },
                },
                ["logicalLocations"] = new JsonArray(new JsonObject
                {
                    ["name"] = test.Check.Id,
                    ["fullyQualifiedName"] = test.Check.Area + "/" + test.Check.Id,
                    ["kind"] = "test",
                }),
            }),
            ["partialFingerprints"] = new JsonObject
            {
                ["primaryLocationLineHash"] = fingerprint + ":1",
                ["scimconfCheck/v1"] = fingerprint,
            },
            ["properties"] = new JsonObject
            {
                ["requirements"] = new JsonArray(test.Check.Requirements.Select(r => (JsonNode)JsonValue.Create(r)).ToArray()),
                ["outcome"] = test.Outcome.ToString().ToLowerInvariant(),
                ["endpoint"] = run.Target.BaseUrl,
            },
        };
        if (finding is not null)
        {
            result["properties"]!["finding"] = new JsonObject
            {
                ["id"] = finding.Id,
                ["key"] = finding.Key,
                ["title"] = finding.Title,
                ["cause"] = finding.Cause,
                ["severity"] = finding.Severity.ToString().ToLowerInvariant(),
                ["checks"] = new JsonArray(finding.Checks.Select(c => (JsonNode)JsonValue.Create(c)).ToArray()),
            };
            // The same cause is one fingerprint across its checks, so a dashboard can fold them; the check's own stays primary.
            result["partialFingerprints"]!["scimconfFinding/v1"] = Fingerprint(finding.Key);
            var related = finding.Checks.Where(c => c != test.Check.Id).Select(c => run.Tests.FirstOrDefault(t => t.Check.Id == c)).OfType<TestOutcome>().ToArray();
            if (related.Length > 0)
                result["relatedLocations"] = new JsonArray(related.Select((t, i) => (JsonNode)new JsonObject
                {
                    ["id"] = i + 1,
                    ["physicalLocation"] = new JsonObject { ["artifactLocation"] = new JsonObject { ["uri"] = LocationOf(t) } },
                    ["message"] = new JsonObject { ["text"] = $"{t.Check.Id}: same cause ({finding.Id})" },
                }).ToArray());
        }
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
