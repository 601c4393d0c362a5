using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The same --seed against two fresh, identical servers sends the same generated data (request bodies, once the
/// run id and the ids each server assigned are masked), runs the same cases and reaches the same verdicts; the
/// reports carry the seed and the command that reproduces the run.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
public sealed partial class DeterminismTests
{
    [Test]
    public async Task Same_seed_gives_same_data_cases_and_verdicts()
    {
        var first = await RunOnFreshServerAsync();
        var second = await RunOnFreshServerAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.Verdicts, Has.Count.GreaterThanOrEqualTo(45));
            Assert.That(second.Verdicts, Is.EqualTo(first.Verdicts), "cases and verdicts differ between runs with the same seed");
            Assert.That(first.Bodies, Has.Count.GreaterThan(50), "the runs sent too little data to compare");
            Assert.That(second.Bodies, Is.EqualTo(first.Bodies), "generated request bodies differ between runs with the same seed");
            Assert.That(second.RunId, Is.Not.EqualTo(first.RunId), "each run still gets its own id (and prefix)");
        });
    }

    [Test]
    public async Task Reports_show_the_seed_and_the_reproduce_command()
    {
        await using var server = await ServerFixture.StartAsync();
        using var output = new TemporaryDirectory();
        var cli = await server.RunCliAsync(output.Path, "--include", "DSC-*");
        var results = RunResults.Load(output.Path);
        var command = results.Root["command"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(results.Root["seed"]!.GetValue<int>(), Is.EqualTo(4242));
            Assert.That(command, Does.StartWith("scimconf run").And.Contain("--seed 4242").And.Contain("--include DSC-*"));
            Assert.That(command, Does.Not.Contain(server.Token));
            Assert.That(cli.Stdout, Does.Contain("Reproduce: " + command));
            Assert.That(File.ReadAllText(Path.Combine(output.Path, "report.html")), Does.Contain("4242"));
            Assert.That(File.ReadAllText(Path.Combine(output.Path, "summary.md")), Does.Contain("4242"));
        });
    }

    private static async Task<(string RunId, IReadOnlyList<string> Verdicts, IReadOnlyList<string> Bodies)> RunOnFreshServerAsync()
    {
        await using var server = await ServerFixture.StartAsync();
        using var output = new TemporaryDirectory();
        await server.RunCliAsync(output.Path);
        var results = RunResults.Load(output.Path);
        var runId = results.RunId;
        var verdicts = results.Tests.Select(t => $"{t.Id} {t.Outcome}").Order(StringComparer.Ordinal).ToArray();
        // Bodies sent, per check, in the order sent; masked: the run id and the ids/timestamps the server chose.
        var bodies = results.Root["tests"]!.AsArray()
            .SelectMany(t => t!["exchanges"]!.AsArray().Select(e => (Id: t["id"]!.GetValue<string>(), Body: e!["requestBody"]?.GetValue<string>())))
            .Where(x => !string.IsNullOrEmpty(x.Body))
            .Select(x => x.Id + " " + Mask(x.Body!, runId))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return (runId, verdicts, bodies);
    }

    private static string Mask(string body, string runId) =>
        Timestamp().Replace(Uuid().Replace(body.Replace(runId, "<run>", StringComparison.OrdinalIgnoreCase), "<id>"), "<time>");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")]
    private static partial Regex Timestamp();
}
