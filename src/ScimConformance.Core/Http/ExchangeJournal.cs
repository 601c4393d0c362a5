using System.Collections.Concurrent;
using ScimConformance.Core.Redaction;
using ScimConformance.Core.Run;

namespace ScimConformance.Core.Http;

/// <summary>
/// Files every exchange under the NUnit test that made it (by test id), so reports can show each test's
/// evidence even when tests run in parallel. Exchanges made outside a test (discovery, cleanup) go to
/// <see cref="RunKey"/>. The journal owns the run's one <see cref="Redaction.Redactor"/> and masks every exchange
/// as it is recorded, so no client that records here (the run's, or a probe's own) can store an unmasked one.
/// </summary>
public sealed class ExchangeJournal(Redactor? redactor = null)
{
    public const string RunKey = "run";
    private static readonly AsyncLocal<string?> Override = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Exchange>> _byTest = new();

    /// <summary>The run's redactor: every secret the run knows (settings, tokens obtained on the way) is added to it.</summary>
    public Redactor Redactor { get; } = redactor ?? new Redactor();

    /// <summary>
    /// Files the exchange masked by the run's redactor, then its bodies cut to <see cref="EvidenceBody.MaxBytes"/>: masking
    /// first, so a secret that straddles the cut is never left half-shown.
    /// </summary>
    public void Record(Exchange exchange)
    {
        exchange = Cut(Redactor.Redact(exchange));
        var key = CurrentKey();
        _byTest.GetOrAdd(key, _ => new ConcurrentQueue<Exchange>()).Enqueue(exchange);
        Recorded?.Invoke(key, exchange);
    }

    /// <summary>
    /// Files exchanges already recorded (so already masked) under the running test as well: evidence a check shares with
    /// others, such as a resource written once and read by many checks. Not raised as <see cref="Recorded"/> again: each
    /// was sent once.
    /// </summary>
    public void Share(IEnumerable<Exchange> exchanges)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        var queue = _byTest.GetOrAdd(CurrentKey(), _ => new ConcurrentQueue<Exchange>());
        foreach (var exchange in exchanges) queue.Enqueue(exchange);
    }

    /// <summary>Raised for every exchange (progress, latency statistics).</summary>
    public event Action<string, Exchange>? Recorded;

    public IReadOnlyList<Exchange> Peek(string testId) =>
        _byTest.TryGetValue(testId, out var q) ? q.ToArray() : [];

    public IReadOnlyList<Exchange> Take(string testId) =>
        _byTest.TryRemove(testId, out var q) ? q.ToArray() : [];

    /// <summary>
    /// Files what this async flow records from here on under <paramref name="key"/> instead of the running test, until
    /// disposed: work many tests share (a resource written once for all of them) belongs to none, whichever of them
    /// happened to ask first, so its evidence does not move between tests from one run to the next.
    /// </summary>
    public static IDisposable FileUnder(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var previous = Override.Value;
        Override.Value = key;
        return new Restore(previous);
    }

    /// <summary>Drops what a finished fixture's set-up and tear-down sent: its tests have taken what they needed.</summary>
    public void Forget(string fixtureId) => _byTest.TryRemove(fixtureId, out _);

    private static Exchange Cut(Exchange exchange)
    {
        // A body the client already stored cut (a padded upload) keeps its size and digest of the whole.
        var request = exchange.RequestBodyBytes is null ? EvidenceBody.Capture(exchange.RequestBody) : exchange.StoredRequestBody;
        var response = exchange.ResponseBodyBytes is null ? EvidenceBody.Capture(exchange.ResponseBody) : exchange.StoredResponseBody;
        return request.Bytes is null && response.Bytes is null ? exchange : exchange.WithBodies(request, response);
    }

    private static string CurrentKey() => Override.Value ?? CurrentTest.Id ?? RunKey;

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }
}
