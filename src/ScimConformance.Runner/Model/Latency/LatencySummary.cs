namespace ScimConformance.Runner.Model.Latency;

/// <summary>
/// How fast the endpoint answered the checks: per method and endpoint template, the request count and
/// p50/p95/p99, and the slowest requests. Derived from the checks' recorded exchanges (like the
/// compatibility matrix), so it agrees with them after a merge and is recomputed when results.json is read.
/// Requests made outside any check (discovery, cleanup) are not recorded with a check and are not counted.
/// </summary>
public sealed record LatencySummary
{
    public const int SlowestCount = 10;

    public int Requests { get; init; }
    public IReadOnlyList<EndpointLatency> Endpoints { get; init; } = [];
    /// <summary>The <see cref="SlowestCount"/> slowest requests, slowest first.</summary>
    public IReadOnlyList<SlowRequest> Slowest { get; init; } = [];

    public static LatencySummary Of(IEnumerable<TestOutcome> tests, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var requests = tests
            .SelectMany(t => t.Exchanges.Select(x => (Test: t.Check.Id, Exchange: x)))
            .Select(r => (r.Test, r.Exchange, Endpoint: EndpointTemplate.Of(r.Exchange.Url, baseUrl), Ms: Percentiles.Milliseconds(r.Exchange.Duration)))
            .ToList();
        var endpoints = requests
            .GroupBy(r => (r.Exchange.Method, r.Endpoint))
            .Select(g =>
            {
                var sorted = g.Select(r => r.Ms).Order().ToArray();
                return new EndpointLatency
                {
                    Method = g.Key.Method,
                    Endpoint = g.Key.Endpoint,
                    Count = sorted.Length,
                    NoResponse = g.Count(r => r.Exchange.Status is null),
                    P50Ms = Percentiles.NearestRank(sorted, 50),
                    P95Ms = Percentiles.NearestRank(sorted, 95),
                    P99Ms = Percentiles.NearestRank(sorted, 99),
                    MaxMs = sorted[^1],
                };
            })
            .OrderBy(e => e.Endpoint, StringComparer.Ordinal)
            .ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToArray();
        var slowest = requests
            .OrderByDescending(r => r.Ms)
            .ThenBy(r => r.Test, StringComparer.Ordinal)
            .Take(SlowestCount)
            .Select(r => new SlowRequest
            {
                Method = r.Exchange.Method,
                Path = EndpointTemplate.PathOf(r.Exchange.Url),
                Status = r.Exchange.Status,
                Ms = r.Ms,
                TestId = r.Test,
            })
            .ToArray();
        return new LatencySummary { Requests = requests.Count, Endpoints = endpoints, Slowest = slowest };
    }
}
