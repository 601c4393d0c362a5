using System.Collections.Concurrent;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Data;
using ScimConformance.Core.Data.Adaptation;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;
using ScimConformance.Core.Ledger;
using ScimConformance.Core.Schema;
using ScimConformance.Core.Scoping;

namespace ScimConformance.Core.Run;

/// <summary>
/// One run against one target: its settings, client, what discovery found, the seeded data factory and
/// the ledger. Suites reach it through <see cref="Current"/>. The host that starts it (the runner, or the
/// suite assembly's set-up fixture under `dotnet test`) cleans it up.
/// </summary>
public sealed partial class ScimRun : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TestDataFactory> _dataByTest = new(StringComparer.Ordinal);
    private readonly TestDataFactory _runData = null!;

    public required TargetSettings Settings { get; init; }
    public required ScimClient Client { get; init; }
    public required DiscoveryResult Discovery { get; init; }
    public required ResourceSchemaValidator Validator { get; init; }
    /// <summary>
    /// Seeded test data. Inside a test, a factory of that test's own (see <see cref="TestDataFactory.ForScope"/>),
    /// so the data a test sends is the same whichever tests run before it or beside it (--parallel).
    /// </summary>
    public required TestDataFactory Data
    {
        get => CurrentTest.FullName is { } test ? _dataByTest.GetOrAdd(test, _runData.ForScope) : _runData;
        init => _runData = value;
    }
    /// <summary>
    /// A factory for a scope shared by several tests (a resource written once for many checks): seeded from the run and the
    /// scope alone, not from whichever test happens to ask first, so the same seed writes the same values.
    /// </summary>
    public TestDataFactory DataFor(string scope) => _runData.ForScope(scope);

    public required ResourceLedger Ledger { get; init; }
    public required ExchangeJournal Journal { get; init; }

    /// <summary>What the target demanded on create beyond the run's data, learnt from its refusals (<see cref="DataAdapter"/>).</summary>
    public required DataAdapter Adapter { get; init; }

    /// <summary>How queries are narrowed to the run's own data, probed once at the start (<see cref="ScopeProbe"/>).</summary>
    public RunScope Scope { get; init; } = RunScope.NotProbed;

    public string RunId => Settings.RunId;
    public string Prefix => Settings.Prefix;
    public int Seed => Settings.Seed;
    public Capabilities Capabilities => Discovery.Capabilities;

    /// <summary>The run the suites use; null before a host started one.</summary>
    public static ScimRun? Current { get; private set; }

    public static void Install(ScimRun? run) => Current = run;

    /// <summary>Connects, discovers and builds everything a run needs. Throws ScimTransportException / NotScimException.</summary>
    public static async Task<ScimRun> StartAsync(TargetSettings settings, IReadOnlyDictionary<string, bool>? assume, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var journal = new ExchangeJournal();
        var client = new ScimClient(settings, AuthProviderFactory.Create(settings), journal);
        try
        {
            var discovery = await new DiscoveryClient(client).DiscoverAsync(assume, ct).ConfigureAwait(false);
            var scope = discovery.Capabilities.Filter
                ? await ScopeProbe.ProbeAsync(client, settings.Prefix, ct).ConfigureAwait(false)
                : RunScope.NotProbed;
            return new ScimRun
            {
                Settings = settings,
                Client = client,
                Discovery = discovery,
                Validator = new ResourceSchemaValidator(discovery),
                Data = new TestDataFactory(settings.Prefix, settings.Seed),
                Ledger = new ResourceLedger(),
                Journal = journal,
                Scope = scope,
                Adapter = new DataAdapter(discovery),
            };
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Deletes what the run created (see <see cref="ResourceLedger.CleanupAsync"/>).</summary>
    public Task<IReadOnlyList<LedgerEntry>> CleanupAsync(CancellationToken ct) => Ledger.CleanupAsync(Client, ct);

    /// <summary>
    /// Looks, after the ledger's cleanup, for anything still carrying the run's prefix (a create whose answer hid it, a
    /// check that stopped between create and record), by <c>sw</c> when the target accepts it, else through unfiltered
    /// pages up to a cap; records each find in the ledger (<see cref="ResourceLedger.RecordFound"/>) for a second cleanup.
    /// A read-only run created nothing and sweeps nothing. <paramref name="deleted"/> are the paths the cleanup just
    /// deleted: a target that still lists them for a moment has not kept them.
    /// </summary>
    public async Task<IReadOnlyList<LedgerEntry>> SweepAsync(IReadOnlySet<string> deleted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        if (Settings.ReadOnly) return [];
        var search = await LeftoverSweeper.FindAsync(Client, Prefix, Scope.Kind == ScopeConstruct.StartsWith, ct).ConfigureAwait(false);
        foreach (var resource in search.Found.Where(r => !deleted.Contains(r.RelativePath)))
            Ledger.RecordFound(resource.RelativePath, resource.ResourceType, resource.Id, $"end-of-run sweep: {resource.Name} carries the run prefix");
        var paths = search.Found.Select(r => r.RelativePath).ToHashSet(StringComparer.Ordinal);
        return Ledger.Entries.Where(e => paths.Contains(e.RelativePath) && e.FoundBy is not null).ToArray();
    }

    public ValueTask DisposeAsync()
    {
        Client.Dispose();
        return ValueTask.CompletedTask;
    }
}
