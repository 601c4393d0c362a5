using System.Reflection;
using NUnit.Framework;
using ScimConformance.ReferenceServer;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// Mutation check of the harness: for every defect switch of the reference server, the tests the
/// defect names fail, and no other test fails. A non-security switch runs against the checks it can change
/// (<see cref="DefectReach"/>: the fixtures during which the server asked for it, and the named checks);
/// switches whose reaches share no fixture share one run (<see cref="SwitchBatches"/>), and one whose part of it is not
/// exactly its named catches runs alone. SCIMCONF_DEFECT_SWEEP=full runs each against every check (scripts/defect-sweep.sh).
/// </summary>
[TestFixture]
[Category("EndToEnd")]
// Each case is its own server and CLI process, so two may run at once; half of a run's time is process start and waits.
[Parallelizable(ParallelScope.Children)]
public sealed class DefectSwitchTests
{
    /// <summary>The switches of <see cref="SecurityDefects"/> (its public constants).</summary>
    private static readonly HashSet<string> SecurityDefectNames = typeof(SecurityDefects).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Switches that only show on the secure demo: <see cref="SecurityDefects"/> and <see cref="TransportQuirks"/> (token endpoint, audience, plain-HTTP listener).</summary>
    private static readonly HashSet<string> SecureDemoNames = SecurityDefectNames
        .Concat(typeof(TransportQuirks).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<Task<(DefectReach? Reach, SwitchBatches? Runs)>> Plan = new(PlanRunsAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private DefectReach? _reach;
    private SwitchBatches? _batches;

    /// <summary>Probes the switches' reach and queues every switch's run (once per test run; see <see cref="RunHostsSetUp"/>).</summary>
    public static Task StartRunsAsync() => Plan.Value;

    [OneTimeSetUp]
    public async Task ProbeReach() => (_reach, _batches) = await Plan.Value;

    private static async Task<(DefectReach?, SwitchBatches?)> PlanRunsAsync()
    {
        var reach = await DefectReach.ForThisRunAsync();
        if (reach is null) return (null, null);
        // A defect that only warns is judged by its run's exit code 0, which a batch with real catches never has: it runs alone.
        // Runs are queued in the order the tests read them.
        var runs = SwitchBatches.Plan([.. DefectCatalog.All.Select(d => d.Name)],
            DefectCatalog.All.Where(d => !SecureDemoNames.Contains(d.Name) && d.CaughtBy.Count > 0).Select(d => (d.Name, reach.FixturesFor(d.Name, Named(d)))));
        var batches = new SwitchBatches(runs, names => PlannedRunAsync(names, reach));
        batches.StartAll();
        return (reach, batches);
    }

    private static IEnumerable<TestCaseData> Defects() =>
        DefectCatalog.All.Select(d => new TestCaseData(d.Name).SetName($"Defect_{d.Name}_is_caught_by_its_named_tests"));

    [Test]
    public void The_twelve_security_switches_are_in_the_catalogue()
    {
        Assert.That(SecurityDefectNames, Has.Count.EqualTo(12));
        Assert.That(DefectCatalog.All.Select(d => d.Name), Is.SupersetOf(SecurityDefectNames));
    }

    [Test]
    public void There_are_at_least_five_defect_switches_each_naming_tests()
    {
        Assert.That(DefectCatalog.All, Has.Count.GreaterThanOrEqualTo(5));
        Assert.That(DefectCatalog.All.Where(d => d.CaughtBy.Count == 0 && d.WarnedBy.Count == 0).Select(d => d.Name), Is.Empty, "defects that name no catching or warning test");
        Assert.That(DefectCatalog.All.Where(d => d.CaughtBy.Count > 0 && d.WarnedBy.Count > 0).Select(d => d.Name), Is.Empty, "a defect either breaks a MUST or only warns");
    }

    [Test]
    public void Every_switch_is_asked_for_while_its_named_checks_run()
    {
        if (_reach is null) Assert.Ignore("the full sweep runs every switch against every check");
        var silent = DefectCatalog.All.Where(d => !SecureDemoNames.Contains(d.Name))
            .SelectMany(d => Named(d).Where(id => !_reach!.AskedAround(d.Name, id)).Select(id => $"{d.Name} / {id}")).ToArray();
        Assert.That(silent, Is.Empty, "named checks in whose fixture the server never asked for the switch: narrowing would rest on a wrong reach");
    }

    [TestCaseSource(nameof(Defects))]
    public async Task Defect_is_caught_by_exactly_its_named_tests(string name)
    {
        var defect = DefectCatalog.Find(name)!;
        var (result, results) = SecureDemoNames.Contains(name) ? await SecureDemoRunAsync(defect) : await SwitchRunAsync(defect);
        var failed = results.IdsWithOutcome("fail");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExpectedExitCode(defect)), result.ToString());
            Assert.That(defect.CaughtBy.Except(failed), Is.Empty, $"named tests that did not fail:\n{results.Describe("fail", "error", "warn")}");
            Assert.That(defect.WarnedBy.Except(results.IdsWithOutcome("warn")), Is.Empty, $"named tests that did not warn:\n{results.Describe("fail", "error", "warn")}");
            Assert.That(failed.Except(defect.CaughtBy), Is.Empty, $"tests outside the expected set that failed:\n{results.Describe("fail")}");
            Assert.That(results.IdsWithOutcome("error"), Is.Empty, results.Describe("error"));
            Assert.That(results.Tests.SelectMany(t => MessageHygiene.Violations(t.Message).Select(v => $"{t.Id}: {v}")), Is.Empty,
                "check messages carry stack frames or .NET exception type names");
            // One cause, one finding: the grouping rules join what the defect broke (a warning makes none).
            Assert.That(results.Findings, Has.Count.EqualTo(defect.Findings),
                $"findings of one defect (one cause, or none when it only warns):\n{results.DescribeFindings()}");
        });
    }

    /// <summary>
    /// A security defect's run: its planned one, or one of its own. Security defects only show on the secure setup (HTTPS,
    /// OAuth, revocation, read-only token, second tenant), which the CLI itself starts with --demo --demo-security.
    /// </summary>
    private async Task<(CliResult Result, RunResults Results)> SecureDemoRunAsync(Defect defect)
    {
        if (_batches is not null && await _batches.TakeAsync(defect.Name) is { } planned) return (planned.Result, planned.Results);
        using var output = new TemporaryDirectory();
        return (await RunOnSecureDemoAsync(defect, output.Path), RunResults.LoadVerdicts(output.Path));
    }

    /// <summary>
    /// A non-security defect's verdicts: its part of a shared run when that part is exactly its named catches (with findings
    /// of its own checks only), else a run of its own against the checks it can reach, else, when even that is not exact,
    /// a whole run.
    /// </summary>
    private async Task<(CliResult Result, RunResults Results)> SwitchRunAsync(Defect defect)
    {
        var reach = _reach?.ChecksFor(defect.Name, Named(defect));
        var planned = _batches is null ? null : await _batches.TakeAsync(defect.Name);
        if (planned is { Switches.Length: > 1 })
        {
            var checks = reach!.ToHashSet(StringComparer.Ordinal);
            var part = planned.Results.Only(checks);
            if (CaughtExactly(defect, planned.Result, part) && part.FindingsWithin(checks)) return (planned.Result, part);
            SwitchBatches.RunningAlone(defect.Name, planned, "its part of the shared run is not exact");
            planned = null;
        }
        var (result, results) = planned is not null ? (planned.Result, planned.Results) : await RunAloneAsync(defect.Name, reach);
        // A verdict can rest on what other fixtures left in the tenant (a search that ignores its filter only shows when
        // there are users it should not have returned): the whole run, on a fresh server, decides.
        if (reach is not null && !CaughtExactly(defect, result, results)) (result, results) = await RunAloneAsync(defect.Name, null);
        return (result, results);
    }

    private static async Task<(CliResult Result, RunResults Results)> RunAloneAsync(string name, IReadOnlyList<string>? checks)
    {
        using var output = new TemporaryDirectory();
        return (await RunAgainstSwitchAsync([name], output.Path, checks), RunResults.LoadVerdicts(output.Path));
    }

    /// <summary>A planned run: a security defect's on the secure demo, or a batch's against the union of its switches' reaches.</summary>
    private static async Task<SharedRun> PlannedRunAsync(string[] names, DefectReach reach)
    {
        using var output = new TemporaryDirectory();
        CliResult result;
        if (names is [var only] && SecureDemoNames.Contains(only))
        {
            result = await RunOnSecureDemoAsync(DefectCatalog.Find(only)!, output.Path);
        }
        else
        {
            result = await RunAgainstSwitchAsync(names, output.Path, reach.ChecksForAll(names, n => Named(DefectCatalog.Find(n)!)));
        }
        return new SharedRun(names, result, RunResults.LoadVerdicts(output.Path));
    }

    /// <summary>
    /// The CLI's own secure demo with the switch on: the Security area and every named check outside it (the other areas
    /// are run against each non-security switch).
    /// </summary>
    private static Task<CliResult> RunOnSecureDemoAsync(Defect defect, string outDir) =>
        CliHosts.RunAsync(["run", "--demo", "--demo-security", "--defect", defect.Name, "--seed", "4242", "--parallel", "1", "--out", outDir, "--include", "area:Security",
            .. Named(defect).Where(id => !id.StartsWith("SEC-", StringComparison.Ordinal)).SelectMany(id => new[] { "--include", id })], null, TimeSpan.FromMinutes(10));

    /// <summary>A serial run against a fresh server with the switches on, of the given checks (null: all of them).</summary>
    private static async Task<CliResult> RunAgainstSwitchAsync(string[] names, string outDir, IReadOnlyList<string>? checks)
    {
        await using var server = await ServerFixture.StartAsync(seedUsers: 0, names);
        // One fixture at a time: a tenant-wide defect (an id handed out again after a delete) shows in whichever
        // check happens to run beside the one that provokes it, so only a serial run has one exact set of catches.
        // A whole serial run takes seconds in a warm host, but a host runs below normal priority and shares two cores with three
        // more and the tests: the bounds only catch a run that hangs.
        return await server.RunInHostAsync(outDir, TimeSpan.FromMinutes(checks is null ? 15 : 8), ["--parallel", "1", .. (checks ?? []).SelectMany(id => new[] { "--include", id })]);
    }

    private static bool CaughtExactly(Defect defect, CliResult result, RunResults results) =>
        result.ExitCode == ExpectedExitCode(defect) && results.IdsWithOutcome("fail").SetEquals(defect.CaughtBy) && results.IdsWithOutcome("error").Count == 0
        && !defect.WarnedBy.Except(results.IdsWithOutcome("warn")).Any();

    /// <summary>The checks a defect names: those that fail on it, or for a SHOULD-level defect those that warn.</summary>
    private static string[] Named(Defect defect) => [.. defect.CaughtBy, .. defect.WarnedBy];

    /// <summary>A warning is not a failure: a defect that only warns leaves the run's exit code at 0.</summary>
    private static int ExpectedExitCode(Defect defect) => defect.CaughtBy.Count > 0 ? 1 : 0;
}
