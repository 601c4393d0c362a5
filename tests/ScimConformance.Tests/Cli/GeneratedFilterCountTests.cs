using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.Cli;

/// <summary>`scimconf run --demo --include QRY-001 --generated 20`: the differential filter check sends and reports exactly 20 filters.</summary>
[TestFixture]
[NonParallelizable]
public sealed class GeneratedFilterCountTests
{
    [Test]
    public async Task Generated_20_checks_20_filters_and_says_so()
    {
        var output = Path.Combine(Path.GetTempPath(), "scimconf-gen-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = await InProcessCli.RunAsync("run", "--demo", "--include", "QRY-001", "--generated", "20", "--seed", "31", "--out", output);
            var test = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "results.json")))!["tests"]!.AsArray().Single()!;
            // The dataset is created and read back by id; every filtered list query is one generated filter.
            var filtered = test["exchanges"]!.AsArray()
                .Count(e => (string?)e!["method"] == "GET" && ((string?)e["url"])!.Contains("filter=", StringComparison.Ordinal));
            Assert.Multiple(() =>
            {
                Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
                Assert.That((string?)test["id"], Is.EqualTo("QRY-001"));
                Assert.That((string?)test["outcome"], Is.EqualTo("pass"));
                Assert.That((string?)test["message"], Does.StartWith("20 generated filters (seed 31)"));
                Assert.That(filtered, Is.EqualTo(20));
            });
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
