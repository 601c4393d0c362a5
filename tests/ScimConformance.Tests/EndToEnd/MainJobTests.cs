using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>The README's main command: `scimconf run --demo --out DIR` against the bundled server.</summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed class MainJobTests
{
    [Test]
    public async Task Demo_run_exits_zero_and_writes_every_report()
    {
        using var output = new TemporaryDirectory();
        var result = await CliProcess.RunAsync(["run", "--demo", "--out", output.Path]);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        foreach (var file in new[] { "report.html", "junit.xml", "results.json" })
            Assert.That(File.Exists(Path.Combine(output.Path, file)), Is.True, file);

        // The size budget of a passing run (issue 15): what a CI job archives and a browser opens stays small.
        var json = new FileInfo(Path.Combine(output.Path, "results.json")).Length;
        var html = new FileInfo(Path.Combine(output.Path, "report.html")).Length;
        TestContext.Progress.WriteLine($"passing demo run: results.json {json / 1e6:0.00} MB (budget {JsonBudget / 1e6:0} MB), report.html {html / 1e6:0.00} MB (budget {HtmlBudget / 1e6:0} MB)");
        Assert.Multiple(() =>
        {
            Assert.That(json, Is.LessThanOrEqualTo(JsonBudget), "results.json of a passing demo run");
            Assert.That(html, Is.LessThanOrEqualTo(HtmlBudget), "report.html of a passing demo run");
        });
    }

    [Test]
    public async Task No_message_of_a_demo_run_shows_a_placeholder()
    {
        using var output = new TemporaryDirectory();
        var result = await CliProcess.RunAsync(["run", "--demo", "--include", "area:Profiles", "--out", output.Path]);
        var tests = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "results.json")))!["tests"]!.AsArray();
        var withMessages = tests.Where(t => t!["message"]!.GetValue<string>().Length > 0).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(withMessages, Is.Not.Empty, "the replay warns about some steps: " + result);
            Assert.That(withMessages.Where(t => t!["message"]!.GetValue<string>().Contains("{{", StringComparison.Ordinal)).Select(t => t!["id"]!.GetValue<string>()), Is.Empty,
                "replay messages show the values this run bound, never {{placeholders}}");
        });
    }

    private const long JsonBudget = 5_000_000;
    private const long HtmlBudget = 3_000_000;

    [Test]
    public async Task List_json_shows_at_least_45_tests_each_citing_catalogue_ids()
    {
        var result = await CliProcess.RunAsync(["list", "--json"]);
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());

        var tests = System.Text.Json.Nodes.JsonNode.Parse(result.Stdout)!.AsArray();
        Assert.That(tests, Has.Count.GreaterThanOrEqualTo(45));
        var catalogue = ScimConformance.Core.Catalog.RequirementCatalog.Default;
        foreach (var test in tests)
        {
            var id = test!["id"]!.GetValue<string>();
            Assert.That(test["area"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, id);
            Assert.That(test["severity"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, id);
            var requirements = test["requirements"]!.AsArray().Select(r => r!.GetValue<string>()).ToArray();
            Assert.That(requirements, Is.Not.Empty, id);
            Assert.That(requirements.Where(r => !catalogue.Contains(r)), Is.Empty, $"{id} cites ids missing from the catalogue");
        }
    }
}
