using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Tests.Cli;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Catalog;

/// <summary>
/// docs/writing-a-suite.md is true by construction: each snippet it marks with <c>&lt;!-- snippet: PATH --&gt;</c> is
/// the named file of the sample suite (samples/ScimConformance.Samples, which this project builds), and that suite
/// runs against the demo server as the page says, passing on the compliant server and failing on the defect it names.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class WritingASuitePageTests
{
    private static string Root => RepositoryRoot.Find();

    private static string SampleAssembly => Path.Combine(AppContext.BaseDirectory, "ScimConformance.Samples.dll");

    [GeneratedRegex(@"<!-- snippet: (?<path>\S+) -->\n```\w+\n(?<code>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex Snippet();

    private static (string Path, string Code)[] Snippets() =>
        Snippet().Matches(File.ReadAllText(Path.Combine(Root, "docs", "writing-a-suite.md")).Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(m => (m.Groups["path"].Value, m.Groups["code"].Value)).ToArray();

    [Test]
    public void Each_snippet_is_the_sample_file_it_names()
    {
        var snippets = Snippets();
        Assert.That(snippets.Select(s => s.Path), Is.SupersetOf(new[]
        {
            "samples/ScimConformance.Samples/SampleUserDeleteTests.cs",
            "samples/ScimConformance.Samples/SampleUnknownUserTests.cs",
            "samples/ScimConformance.Samples/ScimConformance.Samples.csproj",
        }));
        Assert.Multiple(() =>
        {
            foreach (var (path, code) in snippets)
            {
                var file = Path.Combine(Root, path);
                Assert.That(File.Exists(file), path + " (named by a snippet) does not exist");
                if (File.Exists(file))
                    Assert.That(code, Is.EqualTo(File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n')), path);
            }
        });
    }

    [Test]
    public void Every_check_of_the_sample_suite_is_shown_on_the_page()
    {
        var shown = Snippets().Select(s => Path.GetFileName(s.Path)).ToHashSet();
        var checks = Directory.GetFiles(Path.Combine(Root, "samples", "ScimConformance.Samples"), "*.cs").Select(Path.GetFileName);
        Assert.That(checks, Is.SubsetOf(shown));
    }

    [Test]
    public async Task The_sample_checks_pass_on_the_demo_and_are_listed_with_their_declarations()
    {
        var (run, tests) = await RunSampleAsync();
        var list = await InProcessCli.RunAsync("list", "--json", "--suites", SampleAssembly, "--include", "EXA-*");
        var listed = JsonNode.Parse(list.Stdout)!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            Assert.That(tests, Is.EqualTo(new Dictionary<string, string> { ["EXA-001"] = "pass", ["EXA-002"] = "pass" }), run.ToString());
            Assert.That(listed.ToDictionary(c => c!["id"]!.GetValue<string>(), c => c!["mutates"]!.GetValue<bool>()),
                Is.EqualTo(new Dictionary<string, bool> { ["EXA-001"] = true, ["EXA-002"] = false }), list.ToString());
        });
    }

    [Test]
    public async Task The_delete_check_fails_on_the_defect_that_answers_delete_with_200()
    {
        var (run, tests) = await RunSampleAsync("--defect", "delete-returns-200");
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(tests, Is.EqualTo(new Dictionary<string, string> { ["EXA-001"] = "fail", ["EXA-002"] = "pass" }), run.ToString());
        });
    }

    [Test]
    public async Task Only_the_read_only_check_runs_under_read_only()
    {
        var (run, tests) = await RunSampleAsync("--read-only");
        Assert.That(tests.Keys, Is.EqualTo(new[] { "EXA-002" }), run.ToString());
    }

    private static async Task<(CliRun Run, Dictionary<string, string> Tests)> RunSampleAsync(params string[] extra)
    {
        var output = Directory.CreateTempSubdirectory("scimconf-sample-").FullName;
        try
        {
            var run = await InProcessCli.RunAsync(null, CancellationToken.None,
                ["run", "--demo", "--suites", SampleAssembly, "--include", "EXA-*", "--seed", "19", "--out", output, .. extra]);
            var results = Path.Combine(output, "results.json");
            var tests = File.Exists(results)
                ? JsonNode.Parse(File.ReadAllText(results))!["tests"]!.AsArray()
                    .ToDictionary(t => t!["id"]!.GetValue<string>(), t => t!["outcome"]!.GetValue<string>())
                : [];
            return (run, tests);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
