using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Runner.Execution;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The same --seed against two fresh, identical servers sends the same generated data (request bodies, once the
/// run id and the ids each server assigned are masked), runs the same cases and reaches the same verdicts, whether
/// the checks run one after another or four fixtures at a time; the parallel run really overlaps fixtures, files
/// every exchange under the check that sent it, and leaves the tenant as it found it. The reports carry the seed
/// and the command that reproduces the run.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed partial class DeterminismTests
{
    [Test]
    public async Task Same_seed_gives_same_data_cases_and_verdicts_in_order_and_in_parallel()
    {
        var inOrder = await RunOnFreshServerAsync("--parallel", "1");
        var parallel = await RunOnFreshServerAsync("--parallel", "4");

        Assert.Multiple(() =>
        {
            Assert.That(inOrder.Verdicts, Has.Count.GreaterThanOrEqualTo(45));
            Assert.That(parallel.Verdicts, Is.EqualTo(inOrder.Verdicts), "cases and verdicts differ between runs with the same seed");
            Assert.That(inOrder.Bodies, Has.Count.GreaterThan(50), "the runs sent too little data to compare");
            // Equal bodies under each check id also show the journal filed every parallel exchange under its own check.
            Assert.That(parallel.Bodies, Is.EqualTo(inOrder.Bodies), "generated request bodies differ between runs with the same seed");
            Assert.That(parallel.RunId, Is.Not.EqualTo(inOrder.RunId), "each run still gets its own id (and prefix)");
            Assert.That(inOrder.OverlappingFixtures, Is.Empty, "with --parallel 1 no two fixtures may send at the same time");
            Assert.That(parallel.OverlappingFixtures, Is.Not.Empty, "with --parallel 4 fixtures never ran side by side");
            foreach (var run in new[] { inOrder, parallel })
            {
                Assert.That(run.Left, Is.Empty, "resources the run created are still on the server");
                Assert.That(run.SeededUntouched, Is.True, "the run changed users it did not create");
            }
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

    private sealed record RunTrace(string RunId, IReadOnlyList<string> Verdicts, IReadOnlyList<string> Bodies,
        IReadOnlyList<string> OverlappingFixtures, IReadOnlyList<string> Left, bool SeededUntouched);

    private static async Task<RunTrace> RunOnFreshServerAsync(params string[] extra)
    {
        await using var server = await ServerFixture.StartAsync(seedUsers: 20);
        var seeded = await server.SeededAsync();
        using var output = new TemporaryDirectory();
        await server.RunCliAsync(output.Path, extra);
        var results = RunResults.Load(output.Path);
        var runId = results.RunId;
        var verdicts = results.Tests.Select(t => $"{t.Id} {t.Outcome}").Order(StringComparer.Ordinal).ToArray();
        // Bodies sent, per check, in the order sent; masked: the run id and the ids/timestamps the server chose. Only checks
        // that kept every exchange whole compare: a passing check with more than EvidenceBudget.KeptExchanges keeps its
        // first ones (which ones, for a check that sends side by side, depends on timing) and 1 KiB heads, which may end
        // inside an id the mask then misses.
        var bodies = results.Root["tests"]!.AsArray()
            .Where(t => t!["exchanges"]!.AsArray().Count <= EvidenceBudget.KeptExchanges)
            .SelectMany(t => t!["exchanges"]!.AsArray().Where(e => e!["requestBodyBytes"] is null)
                .Select(e => (Id: t!["id"]!.GetValue<string>(), Body: e!["requestBody"]?.GetValue<string>())))
            .Where(x => !string.IsNullOrEmpty(x.Body))
            .Select(x => x.Id + " " + Mask(x.Body!, runId))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var left = (await server.RunCreatedAsync()).Select(r => $"{r.ResourceType}/{r.Id}").ToArray();
        var seededAfter = await server.SeededAsync();
        var untouched = seededAfter.Count == seeded.Count && seeded.All(s => seededAfter.TryGetValue(s.Key, out var json) && json == s.Value);
        return new RunTrace(runId, verdicts, bodies, OverlappingFixtures(results), left, untouched);
    }

    /// <summary>Pairs of fixtures that had requests in flight at the same moment, e.g. "Patch.SimpleAttributeTests | Query.FilterLogicTests".</summary>
    private static string[] OverlappingFixtures(RunResults results)
    {
        var spans = results.Root["tests"]!.AsArray()
            .SelectMany(t => t!["exchanges"]!.AsArray().Select(e => (
                Fixture: RunResults.FixtureOf(t["fullName"]!.GetValue<string>()),
                Start: e!["startedAt"]!.GetValue<DateTimeOffset>(),
                End: e["startedAt"]!.GetValue<DateTimeOffset>() + TimeSpan.Parse(e["duration"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))))
            .OrderBy(s => s.Start)
            .ToArray();
        var pairs = new SortedSet<string>(StringComparer.Ordinal);
        // A millisecond of slack: start times and durations come from different clocks.
        var slack = TimeSpan.FromMilliseconds(1);
        for (var i = 0; i < spans.Length; i++)
            for (var j = i + 1; j < spans.Length && spans[j].Start < spans[i].End - slack; j++)
                if (spans[j].Fixture != spans[i].Fixture)
                    pairs.Add(string.Join(" | ", new[] { spans[i].Fixture, spans[j].Fixture }.Order(StringComparer.Ordinal)));
        return [.. pairs];
    }

    private static string Mask(string body, string runId) =>
        Timestamp().Replace(Uuid().Replace(body.Replace(runId, "<run>", StringComparison.OrdinalIgnoreCase), "<id>"), "<time>");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Uuid();

    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")]
    private static partial Regex Timestamp();
}
