using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.MutationScore;

namespace ScimConformance.Tests.Runner;

/// <summary>mutation-score.json as written matches $defs/mutationScore of docs/results.schema.json.</summary>
[TestFixture]
public sealed class MutationScoreSchemaTests
{
    [Test]
    public void Written_score_matches_the_documented_schema()
    {
        var root = JsonNode.Parse(ResultsSchema.Text)!.AsObject();
        var wrapper = new JsonObject
        {
            ["$schema"] = root["$schema"]!.DeepClone(),
            ["$id"] = "https://scimconf.test/mutation-score.schema.json",
            ["$ref"] = "#/$defs/mutationScore",
            ["$defs"] = root["$defs"]!.DeepClone(),
        };
        var schema = JsonSchema.Build(JsonSerializer.SerializeToElement(wrapper), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var run = new RunResult
        {
            HarnessVersion = "1.0.0",
            RunId = "r1",
            Target = new TargetInfo("http://127.0.0.1:1/scim/v2", "bearer"),
            Tests = [new TestOutcome { Check = new CheckInfo { Id = "USR-002", Title = "t", Area = "Users", FullName = "S.USR-002" }, Outcome = Outcome.Fail }],
        };
        var score = MutationScoreResult.Of(
        [
            MutationScorer.Judge(new SwitchSpec("no-location-header", false, ["USR-002"]), run),
            MutationScorer.Judge(new SwitchSpec("patch-returns-204", true, []), null, "no results.json"),
        ]);

        var result = schema.Evaluate(JsonDocument.Parse(MutationScoreFile.Serialize(score)).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.That(result.IsValid, Is.True, string.Join("\n", errors));

        var broken = JsonNode.Parse(MutationScoreFile.Serialize(score))!.AsObject();
        broken.Remove("falseFailures");
        Assert.That(schema.Evaluate(JsonSerializer.SerializeToElement(broken)).IsValid, Is.False, "the schema must require falseFailures");
    }
}
