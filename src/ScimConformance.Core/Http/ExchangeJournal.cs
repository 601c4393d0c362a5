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
        var request = exchange.RequestBodyBytes is null ? EvidenceBody.Capture(exchange.RequestBody) : null;
        var response = exchange.ResponseBodyBytes is null ? EvidenceBody.Capture(exchange.ResponseBody) : null;
        if (request?.Bytes is null && response?.Bytes is null) return exchange;
        return exchange with
        {
            RequestBody = request?.Bytes is null ? exchange.RequestBody : request.Text,
            RequestBodyBytes = request?.Bytes ?? exchange.RequestBodyBytes,
            RequestBodySha256 = request?.Bytes is null ? exchange.RequestBodySha256 : request.Sha256,
            ResponseBody = response?.Bytes is null ? exchange.ResponseBody : response.Text,
            ResponseBodyBytes = response?.Bytes ?? exchange.ResponseBodyBytes,
            ResponseBodySha256 = response?.Bytes is null ? exchange.ResponseBodySha256 : response.Sha256,
        };
    }

    private static string CurrentKey() => CurrentTest.Id ?? RunKey;
}
