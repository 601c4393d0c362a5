using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.Cli;

/// <summary>
/// `scimconf run --demo --include QRY-001 --generated 20`: the differential filter check sends and reports exactly 20
/// filters; and a later run in the same process without --generated sends the default count again (NUnit keeps every
/// test parameter a process ever set, so the count once leaked into the next run of a run host).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class GeneratedFilterCountTests
{
    [Test]
    public async Task Generated_20_checks_20_filters_and_says_so_and_the_next_run_the_default()
    {
        var counted = await RunQry001Async("--generated", "20");
        var next = await RunQry001Async();
        Assert.Multiple(() =>
        {
            Assert.That(counted.Message, Does.StartWith("20 generated filters (seed 31)"));
            Assert.That(counted.Filtered, Is.EqualTo(20));
            Assert.That(next.Message, Does.StartWith("200 generated filters (seed 31)"));
            Assert.That(next.Filtered, Is.EqualTo(200));
        });
    }

    private static async Task<(string? Message, int Filtered)> RunQry001Async(params string[] extra)
    {
        var output = Path.Combine(Path.GetTempPath(), "scimconf-gen-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = await InProcessCli.RunAsync(["run", "--demo", "--include", "QRY-001", .. extra, "--seed", "31", "--out", output]);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            var test = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "results.json")))!["tests"]!.AsArray().Single()!;
            Assert.That((string?)test["id"], Is.EqualTo("QRY-001"));
            Assert.That((string?)test["outcome"], Is.EqualTo("pass"));
            // The dataset is created and read back by id; every filtered list query is one generated filter.
            var filtered = test["exchanges"]!.AsArray()
                .Count(e => (string?)e!["method"] == "GET" && ((string?)e["url"])!.Contains("filter=", StringComparison.Ordinal));
            return ((string?)test["message"], filtered);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
