using System.Collections.Concurrent;
using ScimConformance.Core.Run;

namespace ScimConformance.Core.Http;

/// <summary>
/// Files every exchange under the NUnit test that made it (by test id), so reports can show each test's
/// evidence even when tests run in parallel. Exchanges made outside a test (discovery, cleanup) go to
/// <see cref="RunKey"/>.
/// </summary>
public sealed class ExchangeJournal
{
    public const string RunKey = "run";
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Exchange>> _byTest = new();

    /// <summary>Files the (already redacted) exchange, its bodies cut to <see cref="EvidenceBody.MaxBytes"/> as it is stored.</summary>
    public void Record(Exchange exchange)
    {
        exchange = Cut(exchange);
        var key = CurrentKey();
        _byTest.GetOrAdd(key, _ => new ConcurrentQueue<Exchange>()).Enqueue(exchange);
        Recorded?.Invoke(key, exchange);
    }

    /// <summary>Raised for every exchange (progress, latency statistics).</summary>
    public event Action<string, Exchange>? Recorded;

    public IReadOnlyList<Exchange> Peek(string testId) =>
        _byTest.TryGetValue(testId, out var q) ? q.ToArray() : [];

    public IReadOnlyList<Exchange> Take(string testId) =>
        _byTest.TryRemove(testId, out var q) ? q.ToArray() : [];

    private static Exchange Cut(Exchange exchange)
    {
        // A body the client already stored cut (a padded upload) keeps its size and digest of the whole.
        var request = exchange.RequestBodyBytes is null ? EvidenceBody.Capture(exchange.RequestBody) : exchange.StoredRequestBody;
        var response = exchange.ResponseBodyBytes is null ? EvidenceBody.Capture(exchange.ResponseBody) : exchange.StoredResponseBody;
        return request.Bytes is null && response.Bytes is null ? exchange : exchange.WithBodies(request, response);
    }

    private static string CurrentKey() => CurrentTest.Id ?? RunKey;
}
