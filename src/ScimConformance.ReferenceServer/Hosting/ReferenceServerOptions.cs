namespace ScimConformance.ReferenceServer;

/// <summary>How to start a <see cref="ReferenceServerHost"/>.</summary>
public sealed record ReferenceServerOptions
{
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>The static bearer token of tenant "default" with full (read and write) scope; required.</summary>
    public string? Token { get; init; }

    /// <summary>SQLite file to use; null keeps everything in memory for the host's lifetime.</summary>
    public string? DbPath { get; init; }

    /// <summary>Users named seed-user-0001... created at start, standing in for a tenant's real data.</summary>
    public int SeedUsers { get; init; }

    /// <summary>Names from <see cref="DefectCatalog"/> to switch on.</summary>
    public IReadOnlyCollection<string> Defects { get; init; } = [];

    /// <summary>
    /// Told the name of every defect switch the server asks about while it works, whether the switch is on or not: a
    /// behaviour asks exactly where it would differ, so a request during which a switch was never asked is answered
    /// the same with the switch on. The end-to-end tests use it to run each switch against the checks it can change.
    /// </summary>
    public Action<string>? DefectAsked { get; init; }

    /// <summary>Added before every answer, to stand in for a slow production endpoint (latency, interruption tests).</summary>
    public TimeSpan ResponseDelay { get; init; }

    /// <summary>
    /// Serve HTTPS only (TLS 1.2 and 1.3) with a certificate for 127.0.0.1 and localhost, signed by a CA generated
    /// at start whose certificate is written to <see cref="CaCertificatePath"/>.
    /// </summary>
    public bool Https { get; init; }

    /// <summary>Where to write the generated CA certificate (PEM); null with <see cref="Https"/> writes a temp file.</summary>
    public string? CaCertificatePath { get; init; }

    /// <summary>With <see cref="Https"/>: also listen on plain HTTP (another free port), answering every request with a 308 to HTTPS.</summary>
    public bool PlainHttpRedirect { get; init; }

    /// <summary>How long a cursor of cursor-based pagination stays valid between page requests (RFC 9865 cursorTimeout).</summary>
    public TimeSpan CursorTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Lifetime of the access tokens the OAuth token endpoint issues.</summary>
    public TimeSpan TokenTtl { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Clients of the OAuth 2.0 client-credentials token endpoint (/oauth/token).</summary>
    public IReadOnlyList<OAuthClient> OAuthClients { get; init; } = [];

    /// <summary>Further static bearer tokens, each bound to a tenant and a scope.</summary>
    public IReadOnlyList<TenantToken> TenantTokens { get; init; } = [];
}

/// <summary>An OAuth client: its tokens see <paramref name="Tenant"/>'s data, read-only clients get scope scim.read only.</summary>
public sealed record OAuthClient(string ClientId, string Secret, string Tenant, bool ReadOnly)
{
    /// <summary>Never prints the secret.</summary>
    public override string ToString() => $"OAuthClient {{ ClientId = {ClientId}, Tenant = {Tenant}, ReadOnly = {ReadOnly} }}";
}

/// <summary>A static bearer token bound to a tenant; read-only tokens may not create, change or delete.</summary>
public sealed record TenantToken(string Token, string Tenant, bool ReadOnly)
{
    /// <summary>Never prints the token.</summary>
    public override string ToString() => $"TenantToken {{ Tenant = {Tenant}, ReadOnly = {ReadOnly} }}";
}
