namespace ScimConformance.Runner.Model.Latency;

/// <summary>One of the slowest requests of a run: where it went (path only, no query), its answer and the check that made it.</summary>
public sealed record SlowRequest
{
    public required string Method { get; init; }
    public required string Path { get; init; }
    /// <summary>Null when no response arrived.</summary>
    public int? Status { get; init; }
    public double Ms { get; init; }
    public required string TestId { get; init; }
}
