using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;
using ScimConformance.Tests.EndToEnd;

namespace ScimConformance.Tests.Runner;

/// <summary>docs/results.schema.json describes what JsonReporter really writes, and rejects what it must not.</summary>
[TestFixture]
public sealed class ResultsSchemaTests
{
    private static JsonNode EveryOutcome()
    {
        var run = ProviderRuns.Mixed();
        var accepted = run.Tests[1] with { Check = run.Tests[1].Check with { Id = "USR-010" }, Outcome = Outcome.Accepted };
        var noResponse = run.Tests[0] with
        {
            Check = run.Tests[0].Check with { Id = "USR-011" },
            Exchanges = [run.Tests[0].Exchanges[0] with { Status = null, ResponseBody = null, RequestBody = null, ResponseHeaders = [], Error = "connection refused" }],
        };
        var notRun = run.Tests[0] with { Check = run.Tests[0].Check with { Id = "USR-012" }, Outcome = Outcome.NotRun, Message = "Not run: interrupted", Exchanges = [] };
        var tests = run.Tests.Append(accepted).Append(noResponse).Append(notRun).ToArray();
        var full = run with
        {
            Tests = tests, Counts = OutcomeCounts.Of(tests), BaselineRemovable = ["USR-001"], Interrupted = true,
            Cleanup = CleanupSummary.Of(["User", "User", "Group"]),
        };
        return JsonNode.Parse(new JsonReporter().Render(full))!;
    }

    [Test]
    public void The_schema_names_its_version_in_its_id()
    {
        var schema = JsonNode.Parse(ResultsSchema.Text)!;
        Assert.Multiple(() =>
        {
            Assert.That(schema["$schema"]!.GetValue<string>(), Is.EqualTo("https://json-schema.org/draft/2020-12/schema"));
            Assert.That(schema["$id"]!.GetValue<string>(), Does.Contain("/" + RunResult.CurrentSchemaVersion + "/"));
            Assert.That(schema["properties"]!["schemaVersion"]!["const"]!.GetValue<string>(), Is.EqualTo(RunResult.CurrentSchemaVersion));
        });
    }

    [Test]
    public void A_hand_built_run_with_every_outcome_is_valid()
    {
        var document = EveryOutcome();
        var outcomes = document["tests"]!.AsArray().Select(t => t!["outcome"]!.GetValue<string>()).Distinct();
        Assert.That(outcomes, Is.EquivalentTo(Enum.GetNames<Outcome>().Select(System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName)), "the sample covers every outcome");
        Assert.That(ResultsSchema.Violations(document), Is.Empty);
    }

    [Test]
    public void A_run_without_capabilities_or_providers_is_valid()
    {
        var run = SampleRuns.Hostile() with { Capabilities = null, Leftovers = [] };
        Assert.That(ResultsSchema.Violations(JsonNode.Parse(new JsonReporter().Render(run))!), Is.Empty);
    }

    [TestCase("counts")]
    [TestCase("compatibility")]
    [TestCase("interrupted")]
    [TestCase("baselineRemovable")]
    public void A_document_missing_a_required_member_is_invalid(string member)
    {
        var document = EveryOutcome().AsObject();
        Assert.That(document.Remove(member), Is.True);
        Assert.That(ResultsSchema.Violations(document), Has.Some.Contains("required"));
    }

    [Test]
    public void Missing_nested_members_wrong_enums_and_unknown_members_are_invalid()
    {
        var noAccepted = EveryOutcome();
        noAccepted["counts"]!.AsObject().Remove("accepted");
        var noOutcome = EveryOutcome();
        noOutcome["tests"]![0]!.AsObject().Remove("outcome");
        var badOutcome = EveryOutcome();
        badOutcome["tests"]![0]!["outcome"] = "passed";
        var badVerdict = EveryOutcome();
        badVerdict["compatibility"]!["providers"]![0]!["verdict"] = "maybe";
        var extra = EveryOutcome();
        extra["undocumented"] = 1;
        Assert.Multiple(() =>
        {
            Assert.That(ResultsSchema.Violations(noAccepted), Is.Not.Empty, "counts.accepted missing");
            Assert.That(ResultsSchema.Violations(noOutcome), Is.Not.Empty, "tests[0].outcome missing");
            Assert.That(ResultsSchema.Violations(badOutcome), Is.Not.Empty, "unknown outcome");
            Assert.That(ResultsSchema.Violations(badVerdict), Is.Not.Empty, "unknown verdict");
            Assert.That(ResultsSchema.Violations(extra), Is.Not.Empty, "undocumented member");
        });
    }

    [Test]
    [Category("EndToEnd")]
    public async Task The_results_json_of_a_real_demo_run_is_valid()
    {
        var dir = Path.Combine(Path.GetTempPath(), "scimconf-schema-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = await CliHosts.RunAsync(["run", "--demo", "--seed", "5", "--include", "area:Discovery", "--include", "area:Users",
                "--defect", "no-location-header", "--out", dir]);
            var path = Path.Combine(dir, "results.json");
            Assert.That(File.Exists(path), Is.True, run.ToString());
            var document = JsonNode.Parse(File.ReadAllText(path))!;
            Assert.That(document["tests"]!.AsArray(), Is.Not.Empty);
            Assert.That(ResultsSchema.Violations(document), Is.Empty);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
