using System.Collections.Concurrent;
using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// Switches whose reaches share no fixture (<see cref="DefectReach.FixturesFor"/>) run together: one server with all of
/// them on and one CLI run of the union of their checks, which each switch's test then reads only its own checks from.
/// Half of a one-switch run is process and server start, so sharing runs cuts the switch tests to a fraction of their
/// runs. A switch whose part of the shared run is not exactly what its test expects is run alone, so sharing can only
/// save time; it never decides a verdict a run of the switch alone would not.
/// </summary>
internal sealed class SwitchBatches
{
    /// <summary>Bigger batches save more starts but make a run that must be redone alone cost more.</summary>
    public const int MaxSize = 8;

    // The test workers wait for their batch while it runs; two runs at a time keep both cores busy without piling up.
    private static readonly SemaphoreSlim Throttle = new(2, 2);

    private readonly ConcurrentDictionary<string, Lazy<Task<SharedRun>>> _runs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<Task<SharedRun>>[] _inOrder;

    public SwitchBatches(IEnumerable<string[]> batches, Func<string[], Task<SharedRun>> run)
    {
        var inOrder = new List<Lazy<Task<SharedRun>>>();
        foreach (var batch in batches.Where(b => b.Length > 1))
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

    /// <summary>Queues every shared run now, in the order of their first switch, so they run while the workers wait.</summary>
    public void StartAll()
    {
        foreach (var shared in _inOrder) _ = shared.Value;
    }

    /// <summary>
    /// The shared run that holds <paramref name="name"/>, or null when it runs alone or its shared run broke off (the
    /// switch then runs alone, which says why). Each switch takes its run once, so a batch's results are let go when its
    /// last switch has read them.
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
            TestContext.Progress.WriteLine($"{name}: the shared run failed ({e.Message.Split('\n')[0]}); running it alone");
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

/// <summary>One CLI run against a server with several switches on, and what it wrote.</summary>
internal sealed record SharedRun(string[] Switches, CliResult Result, RunResults Results);
