using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Tests.Runner;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Cli;

/// <summary>`scimconf run --demo` end to end in-process, on the sample suite only (fast, known outcomes).</summary>
[TestFixture]
[NonParallelizable]
public sealed class DemoRunTests
{
    private string _out = null!;
    private CliRun _run = null!;

    [OneTimeSetUp]
    public async Task RunSampleAgainstDemoServer()
    {
        _out = Path.Combine(Path.GetTempPath(), "scimconf-demo-" + Guid.NewGuid().ToString("N")[..8]);
        _run = await InProcessCli.RunAsync(null, CancellationToken.None,
            "run", "--demo", "--suites", SampleSuite.Path, "--include", "SMP-*", "--exclude", "SMP-201", "--seed", "77", "--out", _out);
    }

    [OneTimeTearDown]
    public void RemoveReports()
    {
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    [Test]
    public void A_failing_check_makes_exit_code_1()
    {
        Assert.That(_run.ExitCode, Is.EqualTo(1), _run.ToString());
    }

    [Test]
    public void Results_json_holds_the_selected_checks_seed_and_reproduce_command()
    {
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "results.json")))!;
        var ids = root["tests"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(ids, Is.EquivalentTo(new[] { "SMP-001", "SMP-002", "SMP-003", "SMP-004", "SMP-005", "SMP-006", "SMP-101" }), _run.ToString());
            Assert.That(root["seed"]!.GetValue<int>(), Is.EqualTo(77));
            Assert.That(root["interrupted"]!.GetValue<bool>(), Is.False);
            Assert.That(root["capabilities"], Is.Not.Null, "discovery ran against the demo server");
            Assert.That(root["command"]!.GetValue<string>(), Does.Contain("--demo").And.Contain("--seed 77"));
            Assert.That(root["target"]!["baseUrl"]!.GetValue<string>(), Does.StartWith("http://127.0.0.1:"));
        });
    }

    [Test]
    public void Console_shows_run_id_seed_progress_summary_and_where_reports_are()
    {
        Assert.That(_run.Stdout, Does.Contain("seed 77").And.Contain("SMP-002").And.Contain("FAIL").And.Contain("Summary").And.Contain(_out).And.Contain("Reproduce: scimconf run --demo"));
    }

    [Test]
    public void The_demo_token_is_never_printed_or_written()
    {
        var files = Directory.GetFiles(_out);
        Assert.That(files.Select(Path.GetFileName), Is.EquivalentTo(new[] { "report.html", "junit.xml", "results.json", "results.sarif", "summary.md" }));
        // The token is random per run; it is the only "demo-" followed by 48 hex characters anywhere.
        var pattern = new System.Text.RegularExpressions.Regex("demo-[0-9a-f]{48}");
        Assert.That(pattern.IsMatch(_run.Stdout + _run.Stderr), Is.False);
        foreach (var file in files) Assert.That(pattern.IsMatch(File.ReadAllText(file)), Is.False, file);
    }

    [Test]
    public void The_reports_of_the_failing_demo_run_satisfy_code_scanning_and_the_jenkins_junit_schema()
    {
        var sarif = JsonNode.Parse(File.ReadAllText(Path.Combine(_out, "results.sarif")))!;
        Assert.Multiple(() =>
        {
            Assert.That(sarif["runs"]![0]!["results"]!.AsArray().Select(r => r!["ruleId"]!.GetValue<string>()), Does.Contain("SMP-002"));
            Assert.That(CodeScanningRules.Violations(sarif), Is.Empty);
            Assert.That(JunitSchemaTests.Validate(File.ReadAllText(Path.Combine(_out, "junit.xml")), JunitSchemaTests.Strict), Is.Empty);
        });
    }
}
