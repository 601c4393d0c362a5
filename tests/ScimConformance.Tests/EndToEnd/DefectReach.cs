using System.Collections.Concurrent;
using System.Globalization;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// Which checks each defect or benign switch can change. One serial run of the harness against the compliant server, whose
/// behaviours tell when they ask whether a switch is on (they ask exactly where they would differ): a switch never
/// asked while a fixture ran cannot change what that fixture's checks were answered, so a defect run needs only the
/// fixtures during which its switch was asked, plus the checks named to catch it. A switch asked before the first
/// check (discovery: what the endpoint advertises steers every check) reaches the whole run. State one fixture leaves
/// for another is the one path this cannot see: a narrowed run that does not show exactly the named catches is redone
/// whole, and the full sweep (<see cref="FullSweepVariable"/>) still runs every switch against every check.
/// </summary>
internal sealed class DefectReach
{
    /// <summary>Set to "full" to run every defect switch against the whole suite, as before this narrowing.</summary>
    public const string FullSweepVariable = "SCIMCONF_DEFECT_SWEEP";

    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> _fixturesBySwitch;
    private readonly IReadOnlySet<string> _everywhere;
    private readonly IReadOnlyDictionary<string, string[]> _checksByFixture;
    private readonly string[] _withoutRequests;

    private DefectReach(IReadOnlyDictionary<string, IReadOnlySet<string>> fixturesBySwitch, IReadOnlySet<string> everywhere,
        IReadOnlyDictionary<string, string[]> checksByFixture, string[] withoutRequests)
    {
        _fixturesBySwitch = fixturesBySwitch;
        _everywhere = everywhere;
        _checksByFixture = checksByFixture;
        _withoutRequests = withoutRequests;
    }

    private static readonly Lazy<Task<DefectReach>> Probe = new(ProbeAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The one probe of this test run, shared by the defect and the benign switch tests (it is a whole serial run); null
    /// under the full sweep, which runs every switch against every check.
    /// </summary>
    public static async Task<DefectReach?> ForThisRunAsync() => FullSweep ? null : await Probe.Value;

    public static bool FullSweep => string.Equals(Environment.GetEnvironmentVariable(FullSweepVariable), "full", StringComparison.OrdinalIgnoreCase);


    private static async Task<DefectReach> ProbeAsync()
    {
        var asked = new ConcurrentQueue<(string Name, DateTimeOffset At)>();
        await using var server = await ServerFixture.StartAsync(0, TimeSpan.Zero, name => asked.Enqueue((name, DateTimeOffset.UtcNow)));
        using var output = new TemporaryDirectory();
        var cli = await server.RunInHostAsync(output.Path, TimeSpan.FromMinutes(8), "--parallel", "1");
        var results = RunResults.Load(output.Path);
        if (results.IdsWithOutcome("fail").Count > 0 || results.IdsWithOutcome("error").Count > 0)
            throw new InvalidOperationException("the probe run against the compliant server did not pass:\n" + results.Describe("fail", "error") + "\n" + cli);

        // With --parallel 1 fixtures run one after another: each one's time is from the previous one's last answer to its own.
        var spans = new List<(string Fixture, DateTimeOffset Start, DateTimeOffset End)>();
        var checksByFixture = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var silentChecks = new List<(string Id, string Fixture)>();
        foreach (var test in results.Root["tests"]!.AsArray())
        {
            var id = test!["id"]!.GetValue<string>();
            var exchanges = test["exchanges"]!.AsArray();
            var fixture = RunResults.FixtureOf(test["fullName"]!.GetValue<string>());
            if (exchanges.Count == 0)
            {
                silentChecks.Add((id, fixture));
                continue;
            }
            (checksByFixture.TryGetValue(fixture, out var list) ? list : checksByFixture[fixture] = []).Add(id);
            foreach (var x in exchanges)
            {
                var start = x!["startedAt"]!.GetValue<DateTimeOffset>();
                spans.Add((fixture, start, start + TimeSpan.Parse(x["duration"]!.GetValue<string>(), CultureInfo.InvariantCulture)));
            }
        }
        // A check that sent nothing itself belongs with its fixture when the fixture sent something (it judged what its
        // fixture's other checks read, such as one resource shared by many checks); alone, it runs with every switch.
        var withoutRequests = new List<string>();
        foreach (var (id, fixture) in silentChecks)
        {
            if (checksByFixture.TryGetValue(fixture, out var list)) list.Add(id);
            else withoutRequests.Add(id);
        }
        var firstCheck = spans.Min(s => s.Start);
        var ends = spans.GroupBy(s => s.Fixture).Select(g => (Fixture: g.Key, End: g.Max(s => s.End))).OrderBy(f => f.End).ToArray();

        var fixturesBySwitch = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var everywhere = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, at) in asked)
        {
            if (at < firstCheck)
            {
                everywhere.Add(name);
                continue;
            }
            // After the last fixture only the cleanup asks; every run, narrowed or not, cleans up after itself.
            var owner = ends.FirstOrDefault(f => f.End >= at).Fixture;
            if (owner is null) continue;
            (fixturesBySwitch.TryGetValue(name, out var set) ? set : fixturesBySwitch[name] = new(StringComparer.Ordinal)).Add(owner);
        }
        return new DefectReach(
            fixturesBySwitch.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value, StringComparer.OrdinalIgnoreCase), everywhere,
            checksByFixture.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal), [.. withoutRequests]);
    }

    /// <summary>
    /// The checks a run with <paramref name="defect"/> on needs: those of every fixture during which the switch was
    /// asked, the named ones, and the checks that send nothing; null when the switch reaches the whole run.
    /// </summary>
    public IReadOnlyList<string>? ChecksFor(string defect, IEnumerable<string> caughtBy)
    {
        if (_everywhere.Contains(defect)) return null;
        var fixtures = _fixturesBySwitch.GetValueOrDefault(defect) ?? new HashSet<string>();
        return fixtures.SelectMany(f => _checksByFixture[f]).Concat(caughtBy).Concat(_withoutRequests).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The checks a run with all of <paramref name="switches"/> on needs: the union of each one's (<see cref="ChecksFor"/>,
    /// with the checks <paramref name="named"/> names for it); null when one of them reaches the whole run.
    /// </summary>
    public IReadOnlyList<string>? ChecksForAll(IEnumerable<string> switches, Func<string, IEnumerable<string>> named)
    {
        var reaches = switches.Select(name => ChecksFor(name, named(name))).ToArray();
        return reaches.Any(r => r is null) ? null : reaches.SelectMany(r => r!).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// The fixtures a run with <paramref name="name"/> on touches: those during which the switch was asked and those of
    /// its named checks (a named check that sent nothing in the probe stands for itself); null when it reaches the whole run.
    /// Two switches whose fixtures do not meet cannot change each other's answers, which is what lets them share a run.
    /// </summary>
    public IReadOnlySet<string>? FixturesFor(string name, IEnumerable<string> caughtBy)
    {
        if (_everywhere.Contains(name)) return null;
        var fixtures = new HashSet<string>(_fixturesBySwitch.GetValueOrDefault(name) ?? new HashSet<string>(), StringComparer.Ordinal);
        foreach (var check in caughtBy)
            fixtures.Add(_checksByFixture.FirstOrDefault(f => f.Value.Contains(check, StringComparer.Ordinal)).Key ?? "check:" + check);
        return fixtures;
    }

    /// <summary>Whether the server asked for <paramref name="variation"/> at all during the probe run.</summary>
    public bool Asked(string variation) => _everywhere.Contains(variation) || _fixturesBySwitch.ContainsKey(variation);

    /// <summary>Whether the server asked for <paramref name="defect"/> while the fixture of <paramref name="check"/> ran (or during discovery).</summary>
    public bool AskedAround(string defect, string check) =>
        _everywhere.Contains(defect)
        || (_fixturesBySwitch.TryGetValue(defect, out var fixtures) && fixtures.Any(f => _checksByFixture[f].Contains(check, StringComparer.Ordinal)));
}
