namespace ScimConformance.Core.Configuration;

/// <summary>
/// Everything the harness needs to reach one SCIM endpoint. Secrets are held here only after being read
/// from the environment or a file: the parameter names that travel through NUnit and .runsettings carry
/// the name of an environment variable or a file path, never the secret itself.
/// </summary>
public sealed record TargetSettings
{
    public required Uri BaseUrl { get; init; }
    public AuthKind Auth { get; init; } = AuthKind.Bearer;
    public string? Token { get; init; }
    public string? BasicUser { get; init; }
    public string? BasicPassword { get; init; }
    public Uri? OAuthTokenUrl { get; init; }
    public string? OAuthClientId { get; init; }
    public string? OAuthClientSecret { get; init; }
    public string? OAuthScope { get; init; }
    public bool Insecure { get; init; }
    public string? CaCertPath { get; init; }
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public long MaxBodyBytes { get; init; } = 10 * 1024 * 1024;
    /// <summary>The most requests per second the run sends (--max-rps); null: as fast as the checks go.</summary>
    public double? MaxRequestsPerSecond { get; init; }
    /// <summary>When true the SCIM client refuses POST, PUT, PATCH and DELETE (scimconf run --read-only).</summary>
    public bool ReadOnly { get; init; }
    public int Seed { get; init; }
    public required string RunId { get; init; }
    /// <summary>Optional inputs of the security suite (extra tokens, revocation URL, expiry wait).</summary>
    public SecurityInputs Security { get; init; } = SecurityInputs.None;

    /// <summary>Prefix carried by every name the run creates; queries are scoped to it.</summary>
    public string Prefix => $"scimconf-{RunId}-";

    /// <summary>Every secret value this configuration holds, for the redactor.</summary>
    public IReadOnlyList<string> Secrets =>
        new[] { Token, BasicPassword, OAuthClientSecret }.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!)
            .Concat(Security.Secrets).ToArray();
}

public enum AuthKind
{
    None,
    Bearer,
    OAuthClientCredentials,
    Basic,
}
