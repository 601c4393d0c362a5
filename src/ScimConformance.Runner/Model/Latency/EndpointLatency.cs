namespace ScimConformance.Runner.Model.Latency;

/// <summary>Request count and latency percentiles (milliseconds, nearest rank) of one method on one endpoint template.</summary>
public sealed record EndpointLatency
{
    public required string Method { get; init; }
    /// <summary>The path relative to the base URL with ids replaced, e.g. <c>/Users/{id}</c>.</summary>
    public required string Endpoint { get; init; }
    public int Count { get; init; }
    /// <summary>Requests that got no response (transport error, timeout); their time until failure is counted too.</summary>
    public int NoResponse { get; init; }
    public double P50Ms { get; init; }
    public double P95Ms { get; init; }
    public double P99Ms { get; init; }
    public double MaxMs { get; init; }
}
