using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Tests.Runner;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Cli;

/// <summary>
/// One real `run --demo` with --baseline and --fail-on: the sample's high failure is accepted, its critical
/// error is below --fail-on's reach for errors, a baselined check that passes is reported as removable.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class GatedDemoRunTests
{
    private string _dir = null!;
    private CliRun _run = null!;

    [OneTimeSetUp]
    public async Task RunWithBaseline()
    {
        _dir = Path.Combine(Path.GetTempPath(), "scimconf-gated-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        var baseline = Path.Combine(_dir, "baseline.json");
        await File.WriteAllTextAsync(baseline, """
            {"schemaVersion": "1.0", "createdAt": "2026-01-01T00:00:00Z", "accepted": [{"id": "SMP-002", "message": "expected 201"}, {"id": "SMP-001"}, {"id": "SMP-999", "message": "a check that no longer exists"}]}
            """);
        _run = await InProcessCli.RunAsync(null, CancellationToken.None,
            "run", "--demo", "--suites", SampleSuite.Path, "--include", "SMP-00?", "--baseline", baseline, "--fail-on", "high", "--seed", "5", "--out", Path.Combine(_dir, "out"));
    }

    [OneTimeTearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Accepted_failures_and_errors_below_the_threshold_exit_0()
    {
        Assert.That(_run.ExitCode, Is.EqualTo(0), _run.ToString());
        Assert.That(_run.Stdout, Does.Contain("below the threshold"));
    }

    [Test]
    public void Console_summary_md_and_results_json_show_the_gate()
    {
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "out", "results.json")))!;
        var gate = results["gate"]!;
        var summary = File.ReadAllText(Path.Combine(_dir, "out", "summary.md"));
        Assert.Multiple(() =>
        {
            Assert.That(_run.Stdout, Does.Contain("PASSED").And.Contain("Gate: --fail-on high, baseline ").And.Contain("(1 failure accepted); exit code 0:"));
            Assert.That(_run.Stdout, Does.Contain("- No failure at or above --fail-on high; errors count only at --fail-on low."));
            Assert.That(gate["failOn"]!.GetValue<string>(), Is.EqualTo("high"));
            Assert.That(gate["baseline"]!.GetValue<string>(), Does.EndWith("baseline.json"));
            Assert.That(gate["verdict"]!.GetValue<string>(), Is.EqualTo("passed"));
            Assert.That(gate["exitCode"]!.GetValue<int>(), Is.EqualTo(_run.ExitCode));
            Assert.That(summary, Does.StartWith("## SCIM conformance: PASSED").And.Contain("**Gate**: --fail-on high, baseline"));
        });
    }

    [Test]
    public void Reports_show_accepted_and_the_removable_baseline_entry()
    {
        var results = JsonNode.Parse(File.ReadAllText(Path.Combine(_dir, "out", "results.json")))!;
        var outcomes = results["tests"]!.AsArray().ToDictionary(t => t!["id"]!.GetValue<string>(), t => t!["outcome"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(outcomes["SMP-002"], Is.EqualTo("accepted"), _run.ToString());
            Assert.That(outcomes["SMP-005"], Is.EqualTo("error"));
            Assert.That(results["counts"]!["accepted"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(results["baselineRemovable"]!.AsArray().Select(x => x!.GetValue<string>()), Is.EqualTo(new[] { "SMP-001" }));
            Assert.That(_run.Stdout, Does.Contain("can be removed from the baseline").And.Contain("SMP-001"));
            Assert.That(File.ReadAllText(Path.Combine(_dir, "out", "summary.md")), Does.Contain("Can be removed from the baseline").And.Contain("| SMP-002 | accepted |"));
            Assert.That(File.ReadAllText(Path.Combine(_dir, "out", "results.sarif")), Does.Contain("\"suppressions\""));
            Assert.That(results["command"]!.GetValue<string>(), Does.Contain("--baseline").And.Contain("--fail-on high"));
        });
    }

    [Test]
    public void A_baseline_entry_no_check_has_is_warned_about()
    {
        Assert.That(_run.Stdout, Does.Contain("warning: the baseline accepts SMP-999, which no check of these suites has"));
    }
}
