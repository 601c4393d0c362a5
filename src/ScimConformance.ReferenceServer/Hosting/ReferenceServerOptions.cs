namespace ScimConformance.ReferenceServer;

/// <summary>How to start a <see cref="ReferenceServerHost"/>.</summary>
public sealed record ReferenceServerOptions
{
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>The static bearer token every request must carry; required.</summary>
    public string? Token { get; init; }

    /// <summary>SQLite file to use; null keeps everything in memory for the host's lifetime.</summary>
    public string? DbPath { get; init; }

    /// <summary>Users named seed-user-0001... created at start, standing in for a tenant's real data.</summary>
    public int SeedUsers { get; init; }

    /// <summary>Names from <see cref="DefectCatalog"/> to switch on.</summary>
    public IReadOnlyCollection<string> Defects { get; init; } = [];

    /// <summary>Added before every answer, to stand in for a slow production endpoint (latency, interruption tests).</summary>
    public TimeSpan ResponseDelay { get; init; }
}
