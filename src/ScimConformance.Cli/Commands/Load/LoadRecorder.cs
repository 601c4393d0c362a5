using System.Collections.Concurrent;

namespace ScimConformance.Cli.Commands.Load;

/// <summary>Collects, from all flows at once, each step's latencies and its errors by kind.</summary>
public sealed class LoadRecorder
{
    private readonly ConcurrentDictionary<LoadStep, ConcurrentBag<double>> _latencies = new();
    private readonly ConcurrentDictionary<(LoadStep Step, string Kind), ErrorTally> _errors = new();
    private int _throttled;
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);
    public int Throttled => Volatile.Read(ref _throttled);

    /// <summary>A request that got an answer (any status), with its time in milliseconds.</summary>
    public void Answered(LoadStep step, double ms)
    {
        Interlocked.Increment(ref _requests);
        _latencies.GetOrAdd(step, _ => []).Add(ms);
    }

    /// <summary>A request that got no answer: counted as a request, not in the latencies.</summary>
    public void Unanswered() => Interlocked.Increment(ref _requests);

    public void Throttle() => Interlocked.Increment(ref _throttled);

    public void Error(LoadStep step, string kind, string example)
    {
        var tally = _errors.GetOrAdd((step, kind), _ => new ErrorTally(example));
        Interlocked.Increment(ref tally.Count);
    }

    public IReadOnlyList<double> Latencies(LoadStep step) =>
        _latencies.TryGetValue(step, out var bag) ? bag.Order().ToArray() : [];

    public IReadOnlyList<LoadError> Errors =>
        _errors.OrderBy(e => e.Key.Step).ThenBy(e => e.Key.Kind, StringComparer.Ordinal)
            .Select(e => new LoadError(e.Key.Step, e.Key.Kind, e.Value.Count, e.Value.Example))
            .ToArray();

    private sealed class ErrorTally(string example)
    {
        public int Count;
        public string Example { get; } = example;
    }
}
