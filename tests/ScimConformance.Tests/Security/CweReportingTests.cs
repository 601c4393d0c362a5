using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;
using ScimConformance.Tests.Runner;

namespace ScimConformance.Tests.Security;

/// <summary>A check's CWE travels into results.json (and back) and into SARIF as a CWE tag.</summary>
public sealed class CweReportingTests
{
    private static RunResult WithCwe()
    {
        var run = SampleRuns.Hostile();
        return run with { Tests = [run.Tests[0], run.Tests[1] with { Check = run.Tests[1].Check with { Cwe = "CWE-306" } }, .. run.Tests.Skip(2)] };
    }

    [Test]
    public void Results_json_carries_the_cwe_and_reads_it_back()
    {
        var json = ReportJson.Serialize(WithCwe());
        var tests = JsonNode.Parse(json)!["tests"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(tests[1]!["cwe"]!.GetValue<string>(), Is.EqualTo("CWE-306"));
            Assert.That(tests[0]!["cwe"], Is.Null);
            Assert.That(ReportJson.Deserialize(json).Tests[1].Check.Cwe, Is.EqualTo("CWE-306"));
        });
    }

    [Test]
    public void Sarif_rules_tag_the_cwe()
    {
        static JsonNode FailedRule(RunResult run) => JsonNode.Parse(new SarifReporter().Render(run))!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray()
            .First(r => r!["id"]!.GetValue<string>() == "USR-002")!;
        var rule = FailedRule(WithCwe());
        var other = FailedRule(SampleRuns.Hostile());
        Assert.Multiple(() =>
        {
            Assert.That(rule["properties"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()), Does.Contain("external/cwe/cwe-306"));
            Assert.That(rule["properties"]!["cwe"]!.GetValue<string>(), Is.EqualTo("CWE-306"));
            Assert.That(other["properties"]!["tags"]!.AsArray().Select(t => t!.GetValue<string>()), Has.None.StartsWith("external/cwe"));
        });
    }
}
