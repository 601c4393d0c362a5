using NUnit.Framework;
using ScimConformance.ReferenceServer;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The other half of the mutation check: for every benign variation of the reference server (something the
/// RFCs allow), the real CLI runs the checks the variation can change (<see cref="DefectReach"/>: the fixtures during
/// which the server asked for it) and none of them fails or errors. A failure here is a false verdict of the harness,
/// not a server bug. Variations whose reaches share no fixture share one run (<see cref="SwitchBatches"/>); one whose
/// shared run did not pass clean runs alone. SCIMCONF_DEFECT_SWEEP=full runs each variation against every check.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
// Each case is its own server and CLI process.
[Parallelizable(ParallelScope.Children)]
public sealed class BenignSwitchTests
{
    private static readonly Lazy<Task<(DefectReach? Reach, SwitchBatches? Runs)>> Plan = new(PlanRunsAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private DefectReach? _reach;
    private SwitchBatches? _batches;

    /// <summary>Probes the variations' reach and queues every variation's run (once per test run; see <see cref="RunHostsSetUp"/>).</summary>
    public static Task StartRunsAsync() => Plan.Value;

    [OneTimeSetUp]
    public async Task ProbeReach() => (_reach, _batches) = await Plan.Value;

    private static async Task<(DefectReach?, SwitchBatches?)> PlanRunsAsync()
    {
        var reach = await DefectReach.ForThisRunAsync();
        if (reach is null) return (null, null);
        // A variation that shares no batch (it reaches the whole run) has a planned run of its own.
        var runs = SwitchBatches.Plan([.. DefectCatalog.Benign.Select(d => d.Name)], DefectCatalog.Benign.Select(d => (d.Name, reach.FixturesFor(d.Name, []))));
        var batches = new SwitchBatches(runs, names => RunBatchAsync(names, reach));
        batches.StartAll();
        return (reach, batches);
    }

    private static IEnumerable<TestCaseData> Variations() =>
        DefectCatalog.Benign.Select(d => new TestCaseData(d.Name).SetName($"Benign_{d.Name}_fails_nothing"));

    [Test]
    public void There_are_at_least_ten_benign_variations_each_citing_its_allowance()
    {
        Assert.That(DefectCatalog.Benign, Has.Count.GreaterThanOrEqualTo(10));
        Assert.That(DefectCatalog.Benign.Where(d => !d.Benign || d.CaughtBy.Count > 0 || !d.Allowance.Contains("RFC", StringComparison.Ordinal)).Select(d => d.Name),
            Is.Empty, "benign variations must name no catching test and cite the RFC text that allows them");
        Assert.That(DefectCatalog.All.Where(d => d.Benign).Select(d => d.Name), Is.Empty, "DefectCatalog.All holds real defects only");
        Assert.That(DefectCatalog.Everything.Select(d => d.Name), Is.Unique);
    }

    [Test]
    public void Every_benign_variation_is_documented_with_its_allowance()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "docs", "defects.md"));
        foreach (var variation in DefectCatalog.Benign)
        {
            var row = lines.FirstOrDefault(l => l.StartsWith($"| `{variation.Name}` |", StringComparison.Ordinal));
            Assert.That(row, Is.Not.Null, $"docs/defects.md has no row for the benign variation {variation.Name}");
            Assert.That(row!.Split('|')[3].Trim(), Is.EqualTo(variation.Allowance), $"docs/defects.md row of {variation.Name}");
        }
    }

    [Test]
    public void Every_benign_variation_is_asked_for_by_the_server_during_a_run()
    {
        if (_reach is null) Assert.Ignore("the full sweep runs every variation against every check");
        // A variation the server never consults changes no answer: its narrowed run would test nothing.
        Assert.That(DefectCatalog.Benign.Where(d => !_reach!.Asked(d.Name)).Select(d => d.Name), Is.Empty,
            "benign variations the server never asked for during a whole run against the compliant server");
    }

    [TestCaseSource(nameof(Variations))]
    public async Task Benign_variation_makes_no_check_fail_or_error(string name)
    {
        var reach = _reach?.ChecksFor(name, []);
        var (result, results) = await VariationRunAsync(name, reach);
        Assert.Multiple(() =>
        {
            Assert.That(results.Describe("fail", "error"), Is.Empty, $"false verdicts on the benign variation {name}");
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            if (reach is null) Assert.That(results.Tests, Has.Count.GreaterThanOrEqualTo(45), "a whole run");
            else Assert.That(reach.Except(results.Tests.Select(t => t.Id)), Is.Empty, "checks the variation can change that did not run");
            Assert.That(results.Tests.SelectMany(t => MessageHygiene.Violations(t.Message).Select(v => $"{t.Id}: {v}")), Is.Empty,
                "check messages carry stack frames or .NET exception type names");
        });
    }

    /// <summary>
    /// The variation's part of its planned run: of a shared one when the whole of it passed (nothing failed, errored or was
    /// left behind), else a run of its own (its planned one, when it has one).
    /// </summary>
    private async Task<(CliResult Result, RunResults Results)> VariationRunAsync(string name, IReadOnlyList<string>? reach)
    {
        var planned = _batches is null ? null : await _batches.TakeAsync(name);
        if (planned is { Switches.Length: 1 }) return (planned.Result, planned.Results);
        if (planned is not null)
        {
            if (planned.Result.ExitCode == 0) return (planned.Result, planned.Results.Only(reach!.ToHashSet(StringComparer.Ordinal)));
            SwitchBatches.RunningAlone(name, planned, "the shared run did not pass clean");
        }
        using var output = new TemporaryDirectory();
        return (await RunAsync([name], output.Path, reach), RunResults.LoadVerdicts(output.Path));
    }

    private static async Task<SharedRun> RunBatchAsync(string[] names, DefectReach reach)
    {
        using var output = new TemporaryDirectory();
        var result = await RunAsync(names, output.Path, reach.ChecksForAll(names, _ => []));
        return new SharedRun(names, result, RunResults.LoadVerdicts(output.Path));
    }

    /// <summary>A run against a fresh server holding three users, with the variations on, of the given checks (null: all of them).</summary>
    private static async Task<CliResult> RunAsync(string[] names, string outDir, IReadOnlyList<string>? checks)
    {
        await using var server = await ServerFixture.StartAsync(seedUsers: 3, names);
        return await server.RunInHostAsync(outDir, TimeSpan.FromMinutes(checks is null ? 15 : 8), [.. (checks ?? []).SelectMany(id => new[] { "--include", id })]);
    }
}
