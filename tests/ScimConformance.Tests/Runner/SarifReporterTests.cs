using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class SarifReporterTests
{
    private static RunResult WithAcceptedAndLowFailure()
    {
        var run = SampleRuns.Hostile();
        var extra = run.Tests[1] with { Check = run.Tests[1].Check with { Id = "USR-009", Title = "low failure", Severity = global::ScimConformance.Authoring.Severity.Medium }, Message = "medium thing" };
        var accepted = run.Tests[1] with { Check = run.Tests[1].Check with { Id = "USR-010", Title = "known failure", Severity = global::ScimConformance.Authoring.Severity.Info }, Outcome = Outcome.Accepted };
        var tests = run.Tests.Concat([extra, accepted]).ToArray();
        return run with { Tests = tests, Counts = OutcomeCounts.Of(tests) };
    }

    private static JsonNode Render(RunResult run) => JsonNode.Parse(new SarifReporter().Render(run))!;

    [Test]
    public void Has_the_sarif_2_1_0_envelope_and_one_run_with_the_tool()
    {
        var sarif = Render(SampleRuns.Hostile());
        var driver = sarif["runs"]![0]!["tool"]!["driver"]!;
        Assert.Multiple(() =>
        {
            Assert.That(sarif["version"]!.GetValue<string>(), Is.EqualTo("2.1.0"));
            Assert.That(sarif["$schema"]!.GetValue<string>(), Does.Contain("sarif-2.1.0"));
            Assert.That(sarif["runs"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(driver["name"]!.GetValue<string>(), Is.EqualTo("scimconf"));
            Assert.That(driver["version"]!.GetValue<string>(), Is.EqualTo("9.9.9"));
        });
    }

    [Test]
    public void One_result_per_failed_check_each_with_its_rule()
    {
        var run = WithAcceptedAndLowFailure();
        var sarifRun = Render(run)["runs"]![0]!;
        var results = sarifRun["results"]!.AsArray();
        var rules = sarifRun["tool"]!["driver"]!["rules"]!.AsArray();
        var ruleIds = rules.Select(r => r!["id"]!.GetValue<string>()).ToArray();
        var active = results.Where(r => r!["suppressions"] is null).Select(r => r!["ruleId"]!.GetValue<string>()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(active, Is.EquivalentTo(run.Tests.Where(t => t.Outcome == Outcome.Fail).Select(t => t.Check.Id)));
            Assert.That(ruleIds, Is.Unique);
            foreach (var result in results)
            {
                var ruleId = result!["ruleId"]!.GetValue<string>();
                Assert.That(ruleIds, Does.Contain(ruleId));
                Assert.That(ruleIds[result["ruleIndex"]!.GetValue<int>()], Is.EqualTo(ruleId));
                Assert.That(result["message"]!["text"]!.GetValue<string>(), Is.Not.Empty);
                var location = result["locations"]![0]!;
                Assert.That(location["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>(), Is.EqualTo("scimconf/Users/" + ruleId));
                Assert.That(result["properties"]!["endpoint"]!.GetValue<string>(), Is.EqualTo(run.Target.BaseUrl), "the endpoint is a property, not the location");
                Assert.That(location["logicalLocations"]![0]!["name"]!.GetValue<string>(), Is.EqualTo(ruleId));
            }
            Assert.That(ruleIds, Does.Not.Contain("USR-001").And.Not.Contain("GRP-002"), "passes and errors are not results");
        });
    }

    [Test]
    public void Each_failed_result_names_its_finding_and_the_checks_that_share_it()
    {
        var run = WithAcceptedAndLowFailure();
        var findings = run.Findings;
        var results = Render(run)["runs"]![0]!["results"]!.AsArray().ToDictionary(r => r!["ruleId"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            foreach (var test in run.Tests.Where(t => t.Outcome == Outcome.Fail))
            {
                var finding = findings.Single(f => f.Checks.Contains(test.Check.Id));
                var result = results[test.Check.Id]!;
                Assert.That(result["properties"]!["finding"]!["id"]!.GetValue<string>(), Is.EqualTo(finding.Id));
                Assert.That(result["properties"]!["finding"]!["title"]!.GetValue<string>(), Is.EqualTo(finding.Title));
                Assert.That(result["message"]!["text"]!.GetValue<string>(), Does.StartWith(finding.Id + " " + finding.Title + "\n"));
                Assert.That(result["partialFingerprints"]!["scimconfFinding/v1"]!.GetValue<string>(), Is.EqualTo(SarifReporter.Fingerprint(finding.Key)));
                var related = result["relatedLocations"]?.AsArray().Select(l => l!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>()).ToArray() ?? [];
                Assert.That(related, Is.EquivalentTo(finding.Checks.Where(c => c != test.Check.Id).Select(c => "scimconf/Users/" + c)));
            }
            Assert.That(results["USR-010"]!["properties"]!["finding"], Is.Null, "a failure the baseline accepts is no finding");
        });
    }

    [Test]
    public void Levels_follow_severity_and_accepted_failures_are_suppressed()
    {
        var results = Render(WithAcceptedAndLowFailure())["runs"]![0]!["results"]!.AsArray().ToDictionary(r => r!["ruleId"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(results["USR-002"]!["level"]!.GetValue<string>(), Is.EqualTo("error"));
            Assert.That(results["USR-009"]!["level"]!.GetValue<string>(), Is.EqualTo("warning"));
            Assert.That(results["USR-010"]!["level"]!.GetValue<string>(), Is.EqualTo("note"));
            Assert.That(results["USR-010"]!["suppressions"]![0]!["kind"]!.GetValue<string>(), Is.EqualTo("external"));
            Assert.That(SarifReporter.Level(global::ScimConformance.Authoring.Severity.Critical), Is.EqualTo("error"));
            Assert.That(SarifReporter.Level(global::ScimConformance.Authoring.Severity.Low), Is.EqualTo("note"));
        });
    }

    [Test]
    public void Rules_carry_title_remediation_requirements_area_and_severity()
    {
        var rule = Render(SampleRuns.Hostile())["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(rule["id"]!.GetValue<string>(), Is.EqualTo("USR-002"));
            Assert.That(rule["name"]!.GetValue<string>(), Does.Match("^[A-Za-z0-9]+$"));
            Assert.That(rule["shortDescription"]!["text"]!.GetValue<string>(), Is.EqualTo("check USR-002"));
            Assert.That(rule["help"]!["text"]!.GetValue<string>(), Is.EqualTo("Do what the RFC says."));
            Assert.That(rule["properties"]!["requirements"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "R7644-3.3-01", "R7643-2.1-02" }));
            Assert.That(rule["properties"]!["area"]!.GetValue<string>(), Is.EqualTo("Users"));
            Assert.That(rule["properties"]!["severity"]!.GetValue<string>(), Is.EqualTo("high"));
        });
    }

    [Test]
    public void The_sarif_of_a_failing_run_passes_code_scannings_rules()
    {
        var sarif = Render(WithAcceptedAndLowFailure());
        Assert.Multiple(() =>
        {
            Assert.That(sarif["runs"]![0]!["results"]!.AsArray(), Is.Not.Empty, "a failing run has results to file");
            Assert.That(CodeScanningRules.Violations(sarif), Is.Empty);
        });
    }

    [Test]
    public void The_rules_check_has_teeth()
    {
        var sarif = Render(SampleRuns.Hostile());
        var result = sarif["runs"]![0]!["results"]![0]!;
        result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"] = "http://127.0.0.1:5000/scim/v2";
        result.AsObject().Remove("partialFingerprints");
        sarif["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!["properties"]!["security-severity"] = "high";
        Assert.That(CodeScanningRules.Violations(sarif), Has.Count.EqualTo(3), string.Join("\n", CodeScanningRules.Violations(sarif)));
        Assert.Multiple(() =>
        {
            Assert.That(CodeScanningRules.UriProblem("scimconf/Users/USR-002"), Is.Null);
            Assert.That(CodeScanningRules.UriProblem("file:///home/runner/work/repo/x"), Is.Null);
            Assert.That(CodeScanningRules.UriProblem("https://h.example/scim/v2"), Does.Contain("scheme https"));
            Assert.That(CodeScanningRules.UriProblem("scimconf/My Area/X"), Does.Contain("well-formed"));
            Assert.That(CodeScanningRules.UriProblem("/abs/path"), Does.Contain("relative"));
            Assert.That(CodeScanningRules.UriProblem("a/../b"), Does.Contain("'..'"));
        });
    }

    [Test]
    public void Fingerprints_depend_on_the_check_only_so_an_alert_stays_one_alert_across_runs()
    {
        var first = SampleRuns.Hostile();
        var later = first with
        {
            RunId = "run0999",
            Target = new TargetInfo("http://127.0.0.1:6123/scim/v2", "bearer"),
            Tests = first.Tests.Select(t => t with { Message = t.Message + " (other ids this time)" }).ToArray(),
        };
        static JsonNode Fingerprints(RunResult run) => Render(run)["runs"]![0]!["results"]![0]!["partialFingerprints"]!;
        Assert.Multiple(() =>
        {
            Assert.That(Fingerprints(later).ToJsonString(), Is.EqualTo(Fingerprints(first).ToJsonString()));
            Assert.That(Fingerprints(first)["primaryLocationLineHash"]!.GetValue<string>(), Does.Match("^[0-9a-f]{16}:1$"));
            Assert.That(SarifReporter.Fingerprint("USR-002"), Is.Not.EqualTo(SarifReporter.Fingerprint("USR-003")));
        });
    }

    [Test]
    public void Rules_carry_a_security_severity_score_a_help_uri_to_the_rfc_section_and_the_tool_its_home()
    {
        var sarif = Render(SampleRuns.Hostile());
        var rule = sarif["runs"]![0]!["tool"]!["driver"]!["rules"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(rule["properties"]!["security-severity"]!.GetValue<string>(), Is.EqualTo("8.0"), "high");
            Assert.That(rule["helpUri"]!.GetValue<string>(), Is.EqualTo("https://www.rfc-editor.org/rfc/rfc7644#section-3.3"), "the first requirement, R7644-3.3-01");
            Assert.That(sarif["runs"]![0]!["tool"]!["driver"]!["informationUri"]!.GetValue<string>(), Does.StartWith("https://"));
            Assert.That(SarifReporter.SecuritySeverity(global::ScimConformance.Authoring.Severity.Critical), Is.EqualTo("9.5"));
            Assert.That(SarifReporter.SecuritySeverity(global::ScimConformance.Authoring.Severity.Info), Is.Null);
        });
    }
}
