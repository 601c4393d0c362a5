using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Cli.Infrastructure;

// Expected values read best inline in assertions.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Cli.History;

/// <summary>
/// `scimconf history RUN...` reads earlier runs' results.json, orders them oldest to newest and writes the newest run's
/// reports with the trend in report.html; missing and invalid runs are configuration errors (exit 2).
/// </summary>
[TestFixture]
public sealed partial class HistoryCommandTests
{
    private string _dir = null!;

    [GeneratedRegex("<script type=\"application/json\" id=\"run-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex RunData();

    [SetUp]
    public void CreateFolder() => _dir = Directory.CreateTempSubdirectory("scimconf-history-").FullName;

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    [Test]
    public async Task Three_runs_in_any_order_chart_oldest_to_newest_and_report_the_newest()
    {
        var nights = NightlyRuns.Write(_dir);
        var outDir = Path.Combine(_dir, "out");
        // Folders newest first, and the middle one as its results.json file: the command orders by start time.
        var run = await InProcessCli.RunAsync("history", nights[0], Path.Combine(nights[1], "results.json"), nights[2], "--out", outDir);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Passed), run.ToString());

        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        var data = JsonNode.Parse(RunData().Match(html).Groups[1].Value)!;
        var history = data["history"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(history.Select(p => p!["runId"]!.GetValue<string>()), Is.EqualTo(new[] { "night1", "night2", "night3" }));
            Assert.That(history.Select(p => p!["fail"]!.GetValue<int>()), Is.EqualTo(new[] { 0, 2, 2 }));
            Assert.That(history.Select(p => p!["error"]!.GetValue<int>()), Is.EqualTo(new[] { 0, 0, 1 }));
            Assert.That(history.Select(p => p!["verdict"]!.GetValue<string>()), Is.EqualTo(new[] { "passed", "failed", "failed" }));
            Assert.That(history.Select(p => p!["findings"]?.GetValue<int>()), Is.EqualTo(new int?[] { null, null, 1 }), "findings only where the file records them");
            Assert.That(data["runId"]!.GetValue<string>(), Is.EqualTo("night3"), "the report is the newest run's");
            Assert.That(JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, "results.json")))!["runId"]!.GetValue<string>(), Is.EqualTo("night3"));
            Assert.That(run.Stdout, Does.Contain("2026-12-02 02:00 UTC  run night2  failed").And.Contain("1 findings"));
        });
    }

    [Test]
    public async Task A_folder_without_results_json_is_a_configuration_error()
    {
        var nights = NightlyRuns.Write(_dir);
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        var run = await InProcessCli.RunAsync("history", nights[0], empty, "--out", Path.Combine(_dir, "out"));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ConfigurationError), run.ToString());
            Assert.That(run.Stderr, Does.Contain("holds no results.json").And.Not.Contain("   at "));
            Assert.That(File.Exists(Path.Combine(_dir, "out", "report.html")), Is.False);
        });
    }

    [TestCase("{not json", "is not a scimconf results.json")]
    [TestCase("[1, 2]", "it is not a JSON object")]
    [TestCase("{\"runId\": \"x\", \"startedAt\": \"2026-12-01T00:00:00Z\"}", "it has no counts")]
    [TestCase("{\"runId\": \"x\", \"startedAt\": \"yesterday\", \"counts\": {}}", "is not a date")]
    public async Task An_invalid_results_json_is_a_configuration_error(string content, string expected)
    {
        var nights = NightlyRuns.Write(_dir);
        var bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, content);
        var run = await InProcessCli.RunAsync("history", nights[0], bad, "--out", Path.Combine(_dir, "out"));
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ConfigurationError), run.ToString());
            Assert.That(run.Stderr, Does.Contain(expected).And.Contain("bad.json").And.Not.Contain("   at "));
        });
    }

    [Test]
    public async Task A_missing_path_one_run_given_twice_and_a_single_run_are_errors()
    {
        var nights = NightlyRuns.Write(_dir);
        var missing = await InProcessCli.RunAsync("history", nights[0], Path.Combine(_dir, "nowhere"), "--out", Path.Combine(_dir, "out"));
        var twice = await InProcessCli.RunAsync("history", nights[0], Path.Combine(nights[0], "results.json"), "--out", Path.Combine(_dir, "out"));
        var single = await InProcessCli.RunAsync("history", nights[0], "--out", Path.Combine(_dir, "out"));
        Assert.Multiple(() =>
        {
            Assert.That((missing.ExitCode, twice.ExitCode, single.ExitCode), Is.EqualTo((2, 2, 2)));
            Assert.That(missing.Stderr, Does.Contain("does not exist"));
            Assert.That(twice.Stderr, Does.Contain("Run night3 is given twice"));
            Assert.That(single.Stderr, Does.Contain("at least two runs"));
        });
    }
}
