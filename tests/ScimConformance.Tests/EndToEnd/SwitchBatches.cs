using System.Collections.Concurrent;
using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The switch tests' runs, planned up front and queued at once so the run hosts (<see cref="CliHosts"/>) never wait for a
/// test worker: one run per batch. Switches whose reaches share no fixture (<see cref="DefectReach.FixturesFor"/>) share
/// a batch: one server with all of them on and one CLI run of the union of their checks, which each switch's test then
/// reads only its own checks from. Half of a one-switch run is process and server start, so sharing runs cuts the switch
/// tests to a fraction of their runs. A switch whose part of a shared run is not exactly what its test expects is run
/// alone, so sharing can only save time; it never decides a verdict a run of the switch alone would not. A batch of one
/// is simply that switch's own run, started early.
/// </summary>
internal sealed class SwitchBatches
{
    /// <summary>Bigger batches save more starts but make a run that must be redone alone cost more.</summary>
    public const int MaxSize = 8;

    // One run per host at a time: a queued run starts its server only when a host is free for it.
    private static readonly SemaphoreSlim Throttle = new(CliHosts.Size, CliHosts.Size);

    private readonly ConcurrentDictionary<string, Lazy<Task<SharedRun>>> _runs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<Task<SharedRun>>[] _inOrder;

    public SwitchBatches(IEnumerable<string[]> batches, Func<string[], Task<SharedRun>> run)
    {
        var inOrder = new List<Lazy<Task<SharedRun>>>();
        foreach (var batch in batches)
        {
            var shared = new Lazy<Task<SharedRun>>(() => ThrottledAsync(() => run(batch)), LazyThreadSafetyMode.ExecutionAndPublication);
            inOrder.Add(shared);
            foreach (var name in batch) _runs[name] = shared;
        }
        _inOrder = [.. inOrder];
    }

    /// <summary>
    /// Groups switches, first fit in the given order, so that no two in a batch touch the same fixture. A switch whose
    /// fixtures are unknown (null: it reaches the whole run) is left alone.
    /// </summary>
    public static IReadOnlyList<string[]> Partition(IEnumerable<(string Name, IReadOnlySet<string>? Fixtures)> switches, int maxSize = MaxSize)
    {
        var batches = new List<(List<string> Names, HashSet<string> Fixtures)>();
        foreach (var (name, fixtures) in switches)
        {
            if (fixtures is null) continue;
            var home = batches.FindIndex(b => b.Names.Count < maxSize && !b.Fixtures.Overlaps(fixtures));
            if (home < 0)
            {
                batches.Add(([name], new HashSet<string>(fixtures, StringComparer.Ordinal)));
                continue;
            }
            batches[home].Names.Add(name);
            batches[home].Fixtures.UnionWith(fixtures);
        }
        return batches.Select(b => b.Names.ToArray()).ToArray();
    }

    /// <summary>
    /// The runs for <paramref name="all"/> switches, in the order of their first switch there: the batches of those that
    /// may share (<see cref="Partition"/>), and a run of its own for every other switch.
    /// </summary>
    public static IReadOnlyList<string[]> Plan(IReadOnlyList<string> all, IEnumerable<(string Name, IReadOnlySet<string>? Fixtures)> shareable)
    {
        var shared = Partition(shareable);
        var batched = shared.SelectMany(b => b).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var order = all.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.OrdinalIgnoreCase);
        return [.. shared.Concat(all.Where(name => !batched.Contains(name)).Select(name => new[] { name })).OrderBy(b => b.Min(name => order[name]))];
    }

    /// <summary>Queues every run now, in the order given, so they run while the workers wait.</summary>
    public void StartAll()
    {
        foreach (var shared in _inOrder) _ = shared.Value;
    }

    /// <summary>
    /// The planned run that holds <paramref name="name"/>, or null when there is none or it broke off (the switch then
    /// runs alone, which says why). Each switch takes its run once, so a batch's results are let go when its last switch
    /// has read them.
    /// </summary>
    public async Task<SharedRun?> TakeAsync(string name)
    {
        if (!_runs.TryRemove(name, out var shared)) return null;
        try
        {
            return await shared.Value;
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException or IOException)
        {
            TestContext.Progress.WriteLine($"{name}: its planned run failed ({e.Message.Split('\n')[0]}); running it alone");
            return null;
        }
    }

    /// <summary>Says in the progress log why <paramref name="name"/> leaves its shared run to run alone.</summary>
    public static void RunningAlone(string name, SharedRun run, string why) =>
        TestContext.Progress.WriteLine($"{name}: {why} (shared with {string.Join(", ", run.Switches.Where(n => n != name))}); running it alone");

    private static async Task<SharedRun> ThrottledAsync(Func<Task<SharedRun>> run)
    {
        await Throttle.WaitAsync();
        try
        {
            return await run();
        }
        finally
        {
            Throttle.Release();
        }
    }
}

/// <summary>One CLI run against a server with one or more switches on, and what it wrote.</summary>
internal sealed record SharedRun(string[] Switches, CliResult Result, RunResults Results);
