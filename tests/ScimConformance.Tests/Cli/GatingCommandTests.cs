using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;
using ScimConformance.Tests.Runner;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Cli;

/// <summary>report, diff, merge and baseline create on hand-built results.json files, in-process.</summary>
[TestFixture]
[NonParallelizable]
public sealed class GatingCommandTests
{
    private static readonly string[] AllReports = ["report.html", "junit.xml", "results.json", "results.sarif", "summary.md"];
    private string _dir = null!;

    [SetUp]
    public void MakeFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "scimconf-gating-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, RunResult run)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, ReportJson.Serialize(run, indented: false));
        return path;
    }

    private static RunResult With(RunResult run, params (string Id, Outcome Outcome)[] changes)
    {
        var tests = run.Tests.Select(t => changes.Any(c => c.Id == t.Check.Id) ? t with { Outcome = changes.First(c => c.Id == t.Check.Id).Outcome } : t).ToArray();
        return run with { Tests = tests, Counts = OutcomeCounts.Of(tests) };
    }

    [Test]
    public async Task Report_rerenders_every_format_from_results_json()
    {
        var results = Write("results.json", SampleRuns.Hostile());
        var outDir = Path.Combine(_dir, "out");
        var run = await InProcessCli.RunAsync("report", results, "--out", outDir);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(Directory.GetFiles(outDir).Select(Path.GetFileName), Is.EquivalentTo(AllReports));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "results.json")), Is.EqualTo(File.ReadAllText(results) + "\n"));
        Assert.That(File.ReadAllText(Path.Combine(outDir, "junit.xml")), Is.EqualTo(new JunitReporter().Render(SampleRuns.Hostile())));
    }

    [Test]
    public async Task Report_of_a_file_that_is_not_results_json_exits_2()
    {
        var bogus = Path.Combine(_dir, "bogus.json");
        await File.WriteAllTextAsync(bogus, "{\"hello\": 1}");
        var run = await InProcessCli.RunAsync("report", bogus, "--out", _dir);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ConfigurationError), run.ToString());
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain("results.json"));
    }

    [Test]
    public async Task Diff_exits_1_on_a_regression_and_lists_every_kind_of_change()
    {
        var old = Write("old.json", SampleRuns.Hostile());
        var newer = Write("new.json", With(SampleRuns.Hostile(), ("USR-001", Outcome.Fail), ("USR-002", Outcome.Pass)));
        var run = await InProcessCli.RunAsync("diff", old, newer);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Failures), run.ToString());
        Assert.That(run.Stdout, Does.Contain("Regressions (1)").And.Contain("USR-001  pass -> FAIL").And.Contain("Fixes (1)").And.Contain("USR-002"));
    }

    [Test]
    public async Task Diff_without_regression_exits_0_and_reports_new_and_removed_as_json()
    {
        var old = Write("old.json", SampleRuns.Hostile());
        var fixedRun = With(SampleRuns.Hostile(), ("USR-002", Outcome.Pass));
        var newer = Write("new.json", fixedRun with { Tests = [.. fixedRun.Tests.Where(t => t.Check.Id != "GRP-001"), fixedRun.Tests[0] with { Check = fixedRun.Tests[0].Check with { Id = "USR-100" } }] });
        var run = await InProcessCli.RunAsync("diff", old, newer, "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var json = JsonNode.Parse(run.Stdout)!;
        Assert.Multiple(() =>
        {
            Assert.That(json["regressions"]!.AsArray(), Is.Empty);
            Assert.That(json["fixes"]![0]!["id"]!.GetValue<string>(), Is.EqualTo("USR-002"));
            Assert.That(json["added"]![0]!["id"]!.GetValue<string>(), Is.EqualTo("USR-100"));
            Assert.That(json["removed"]![0]!["id"]!.GetValue<string>(), Is.EqualTo("GRP-001"));
        });
    }

    [Test]
    public async Task Merge_joins_shards_into_one_report_and_gates_with_fail_on()
    {
        var whole = SampleRuns.Hostile() with { Leftovers = [] };
        var a = Write("a.json", whole with { Tests = whole.Tests.Take(3).ToArray(), Counts = OutcomeCounts.Of(whole.Tests.Take(3)), Shard = new ShardInfo(1, 2, "plan") });
        var b = Write("b.json", whole with { RunId = "other", Tests = whole.Tests.Skip(3).ToArray(), Counts = OutcomeCounts.Of(whole.Tests.Skip(3)), Shard = new ShardInfo(2, 2, "plan") });
        var bLeftBehind = Write("b-left.json", whole with { RunId = "other", Tests = whole.Tests.Skip(3).ToArray(), Counts = OutcomeCounts.Of(whole.Tests.Skip(3)),
            Leftovers = SampleRuns.Hostile().Leftovers, Shard = new ShardInfo(2, 2, "plan") });
        var outDir = Path.Combine(_dir, "merged");

        var strict = await InProcessCli.RunAsync("merge", a, b, "--out", outDir);
        var leftBehind = await InProcessCli.RunAsync("merge", a, bLeftBehind, "--out", Path.Combine(_dir, "merged-left"), "--fail-on", "critical");
        var lenient = await InProcessCli.RunAsync("merge", a, b, "--out", outDir, "--fail-on", "critical");

        Assert.That(strict.ExitCode, Is.EqualTo(ExitCodes.Failures), strict.ToString());
        Assert.That(lenient.ExitCode, Is.EqualTo(0), lenient.ToString());
        Assert.That(leftBehind.ExitCode, Is.EqualTo(ExitCodes.Failures), "a shard that left resources behind fails the build whatever --fail-on says: " + leftBehind);
        var merged = ReportJson.Deserialize(await File.ReadAllTextAsync(Path.Combine(outDir, "results.json")));
        Assert.Multiple(() =>
        {
            Assert.That(merged.RunId, Is.EqualTo("run0001"));
            Assert.That(merged.Tests.Select(t => t.Check.Id), Is.EqualTo(whole.Tests.Select(t => t.Check.Id)));
            Assert.That(merged.Counts, Is.EqualTo(whole.Counts));
            Assert.That(Directory.GetFiles(outDir).Select(Path.GetFileName), Is.EquivalentTo(AllReports));
        });
    }

    [Test]
    public async Task Baseline_create_writes_the_runs_failures()
    {
        var results = Write("results.json", SampleRuns.Hostile());
        var baselinePath = Path.Combine(_dir, "ci", "baseline.json");
        var run = await InProcessCli.RunAsync("baseline", "create", "--from", results, "--out", baselinePath);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var baseline = JsonNode.Parse(await File.ReadAllTextAsync(baselinePath))!;
        Assert.Multiple(() =>
        {
            Assert.That(baseline["schemaVersion"]!.GetValue<string>(), Is.EqualTo("1.0"));
            Assert.That(baseline["createdAt"], Is.Not.Null);
            Assert.That(baseline["accepted"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "USR-002" }));
        });
    }

    [TestCase("--fail-on", "blocker")]
    [TestCase("--shard", "5/4")]
    public async Task Bad_gating_flags_exit_2(string flag, string value)
    {
        var run = await InProcessCli.RunAsync("run", "--demo", flag, value);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ConfigurationError), run.ToString());
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(run.Stderr, Does.Contain(value));
    }

    [Test]
    public async Task A_missing_baseline_file_exits_2_before_running()
    {
        var run = await InProcessCli.RunAsync("run", "--demo", "--baseline", Path.Combine(_dir, "nope.json"));
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ConfigurationError), run.ToString());
        Assert.That(run.Stderr, Does.Contain("nope.json"));
    }

    [Test]
    public async Task Baseline_prune_rewrites_the_baseline_without_the_entries_that_pass()
    {
        var results = Write("results.json", SampleRuns.Hostile());
        var baseline = Path.Combine(_dir, "baseline.json");
        await File.WriteAllTextAsync(baseline, """{"schemaVersion": "1.0", "accepted": [{"id": "USR-001"}, {"id": "USR-002"}]}""");
        var run = await InProcessCli.RunAsync("baseline", "prune", "--baseline", baseline, "--from", results);
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.ToString());
            Assert.That(run.Stdout, Does.Contain("removed USR-001 (passes now)").And.Contain("1 entries removed, 1 kept"));
            Assert.That(global::ScimConformance.Runner.Baselines.BaselineFile.Read(baseline).Accepted.Select(a => a.Id), Is.EqualTo(new[] { "USR-002" }));
        });
    }

    [Test]
    public async Task Diff_fail_on_gates_by_the_severity_of_the_regression()
    {
        // USR-003 (medium) goes from warn to fail.
        var old = Write("old.json", SampleRuns.Hostile());
        var newer = Write("new.json", With(SampleRuns.Hostile(), ("USR-003", Outcome.Fail)));
        var low = await InProcessCli.RunAsync("diff", old, newer);
        var high = await InProcessCli.RunAsync("diff", old, newer, "--fail-on", "high");
        var medium = await InProcessCli.RunAsync("diff", old, newer, "--fail-on", "medium");
        Assert.Multiple(() =>
        {
            Assert.That(low.ExitCode, Is.EqualTo(ExitCodes.Failures), low.ToString());
            Assert.That(medium.ExitCode, Is.EqualTo(ExitCodes.Failures), medium.ToString());
            Assert.That(high.ExitCode, Is.EqualTo(ExitCodes.Passed), high.ToString());
            Assert.That(high.Stdout, Does.Contain("--fail-on high: 1 regressions below the threshold do not change the exit code (0 do)."));
        });
    }

    [Test]
    public async Task Diff_warns_when_the_runs_tested_different_endpoints()
    {
        var old = Write("old.json", SampleRuns.Hostile());
        var elsewhere = Write("elsewhere.json", SampleRuns.Hostile() with { Target = new TargetInfo("https://staging.example/scim/v2", "bearer") });
        var same = await InProcessCli.RunAsync("diff", old, old);
        var text = await InProcessCli.RunAsync("diff", old, elsewhere);
        var json = await InProcessCli.RunAsync("diff", old, elsewhere, "--json");
        Assert.Multiple(() =>
        {
            Assert.That(same.Stderr, Is.Empty);
            Assert.That(text.Stderr, Does.Contain("warning: the runs tested different endpoints (http://127.0.0.1:5000/scim/v2 and https://staging.example/scim/v2)"));
            Assert.That(JsonNode.Parse(json.Stdout)!["warnings"]![0]!.GetValue<string>(), Does.StartWith("the runs tested different endpoints"));
        });
    }
}
