using static ScimConformance.Core.Configuration.Options.OptionValues;

namespace ScimConformance.Core.Configuration.Options;

/// <summary>
/// Every option of a run's target, each declared once. `scimconf` derives its target flags, their help and
/// validation, the runsettings parameters they set and the reproduce line from this list; the settings reader
/// (<see cref="TargetSettingsReader"/>) reads and validates the same declarations. Secrets are never option
/// values: options name the variable or file that holds them.
/// </summary>
public static class TargetOptions
{
    // The bundled reference server instead of an endpoint.
    public static readonly TargetOption<bool> Demo = new()
    {
        Flag = "--demo", Value = Switch,
        Help = "Start the bundled reference server on 127.0.0.1 and test it (no endpoint needed).",
    };
    public static readonly TargetOption<bool> DemoSecurity = new()
    {
        Flag = "--demo-security", Value = Switch,
        Help = "With --demo: run the bundled server as a security target (HTTPS with its own CA and a redirecting plain-HTTP port, OAuth client credentials with 5-second tokens, token revocation, a read-only token and a second tenant) and give the security checks all their inputs.",
    };
    public static readonly TargetOption<IReadOnlyList<string>> Defect = new()
    {
        Flag = "--defect", ValueName = "NAME", Key = ParameterNames.ReferenceServerDefects, Value = List, Default = [], Repeatable = true,
        Help = "With --demo: switch on a reference-server defect (repeatable; see `scimconf serve --list-defects`).",
    };
    public static readonly TargetOption<int> SeedUsers = new()
    {
        Flag = "--seed-users", ValueName = "N", Value = WholeNumber(0, 1_000_000),
        Help = "With --demo: users the reference server holds before the run (default 0).",
    };

    public static readonly TargetOption<string> Settings = new()
    {
        Flag = "--settings", ValueName = "FILE", Value = FilePath,
        Help = "A .runsettings file; its TestRunParameters configure the run, flags override them.",
    };

    // Where the endpoint is and how to authenticate.
    public static readonly TargetOption<Uri> BaseUrl = new()
    {
        Flag = "--base-url", ValueName = "URL", Key = ParameterNames.BaseUrl, Value = HttpUrl, Reproduce = ReproduceForm.UnlessDemo,
        Help = "SCIM base URL, e.g. https://app.example.com/scim/v2 (default: $SCIM_BASE_URL).",
    };
    public static readonly TargetOption<AuthKind> Auth = new()
    {
        Flag = "--auth", ValueName = "SCHEME", Key = ParameterNames.Auth, Value = AuthScheme, Default = AuthKind.Bearer, Reproduce = ReproduceForm.UnlessDemo,
        Help = "bearer (default), oauth (client credentials), basic or none.",
    };
    public static readonly TargetOption<string> TokenEnv = new()
    {
        Flag = "--token-env", ValueName = "NAME", Key = ParameterNames.TokenEnv, Value = VariableName, ExclusiveGroup = "token", Reproduce = ReproduceForm.UnlessDemo,
        Help = "Environment variable holding the bearer token (default: SCIM_TOKEN).",
    };
    public static readonly TargetOption<string> TokenFile = new()
    {
        Flag = "--token-file", ValueName = "PATH", Key = ParameterNames.TokenFile, Value = FilePath, ExclusiveGroup = "token", Reproduce = ReproduceForm.UnlessDemo,
        Help = "File holding the bearer token.",
    };
    public static readonly TargetOption<string> BasicUser = new()
    {
        Flag = "--basic-user", ValueName = "USER", Key = ParameterNames.BasicUser, Value = Text, Reproduce = ReproduceForm.UnlessDemo,
        Help = "User name for --auth basic.",
    };
    public static readonly TargetOption<string> BasicPasswordEnv = new()
    {
        Flag = "--basic-password-env", ValueName = "NAME", Key = ParameterNames.BasicPasswordEnv, Value = VariableName, Reproduce = ReproduceForm.UnlessDemo,
        Help = "Environment variable holding the password for --auth basic.",
    };
    public static readonly TargetOption<Uri> OAuthTokenUrl = new()
    {
        Flag = "--oauth-token-url", ValueName = "URL", Key = ParameterNames.OAuthTokenUrl, Value = HttpUrl, Reproduce = ReproduceForm.UnlessDemo,
        Help = "OAuth 2.0 token endpoint for --auth oauth.",
    };
    public static readonly TargetOption<string> OAuthClientId = new()
    {
        Flag = "--oauth-client-id", ValueName = "ID", Key = ParameterNames.OAuthClientId, Value = Text, Reproduce = ReproduceForm.UnlessDemo,
        Help = "OAuth client id for --auth oauth.",
    };
    public static readonly TargetOption<string> OAuthClientSecretEnv = new()
    {
        Flag = "--oauth-client-secret-env", ValueName = "NAME", Key = ParameterNames.OAuthClientSecretEnv, Value = VariableName,
        ExclusiveGroup = "oauth-client-secret", Reproduce = ReproduceForm.UnlessDemo,
        Help = "Environment variable holding the OAuth client secret.",
    };
    public static readonly TargetOption<string> OAuthClientSecretFile = new()
    {
        Flag = "--oauth-client-secret-file", ValueName = "PATH", Key = ParameterNames.OAuthClientSecretFile, Value = FilePath,
        ExclusiveGroup = "oauth-client-secret", Reproduce = ReproduceForm.UnlessDemo,
        Help = "File holding the OAuth client secret.",
    };
    public static readonly TargetOption<string> OAuthScope = new()
    {
        Flag = "--oauth-scope", ValueName = "SCOPE", Key = ParameterNames.OAuthScope, Value = Text, Reproduce = ReproduceForm.UnlessDemo,
        Help = "OAuth scope to request.",
    };

    // Transport.
    public static readonly TargetOption<TimeSpan> Timeout = new()
    {
        Flag = "--timeout", ValueName = "SECONDS", Key = ParameterNames.TimeoutSeconds, Value = PositiveSeconds, Default = TimeSpan.FromSeconds(30),
        Help = "Per-request timeout in seconds (default 30).",
    };
    public static readonly TargetOption<double> MaxRps = new()
    {
        Flag = "--max-rps", ValueName = "N", Key = ParameterNames.MaxRps, Value = PositiveRate,
        Help = "Send at most N requests per second, all checks together (default: no cap). A 429 pauses the whole run for its Retry-After either way.",
    };
    public static readonly TargetOption<bool> Insecure = new()
    {
        Flag = "--insecure", Key = ParameterNames.Insecure, Value = Switch, Reproduce = ReproduceForm.UnlessDemo,
        Help = "Accept any TLS certificate (test environments only).",
    };
    public static readonly TargetOption<string> CaCert = new()
    {
        Flag = "--ca-cert", ValueName = "PATH", Key = ParameterNames.CaCert, Value = FilePath, Reproduce = ReproduceForm.UnlessDemo,
        Help = "Trust this CA certificate (PEM) for the endpoint's TLS.",
    };
    public static readonly TargetOption<IReadOnlyDictionary<string, bool>> Assume = new()
    {
        Flag = "--assume", ValueName = "LIST", Key = ParameterNames.Assume, Value = Capabilities, Default = new Dictionary<string, bool>(),
        Help = "Override advertised capabilities, e.g. patch=false,sort=true.",
    };

    // Inputs of the security suite (all optional; a check whose input is missing is skipped and names its flag).
    public static readonly TargetOption<Uri> OAuthRevocationUrl = new()
    {
        Flag = "--oauth-revocation-url", ValueName = "URL", Key = ParameterNames.OAuthRevocationUrl, Value = HttpUrl, Reproduce = ReproduceForm.UnlessDemo,
        Help = "RFC 7009 token revocation endpoint; lets SEC-021 revoke a token the harness obtained itself.",
    };
    public static readonly TargetOption<string> ExpiredTokenEnv = TokenVariable("expired-token", ParameterNames.ExpiredTokenEnv, "an expired token (SEC-020)");
    public static readonly TargetOption<string> ExpiredTokenFile = TokenPath("expired-token", ParameterNames.ExpiredTokenFile, "an expired token (SEC-020)");
    public static readonly TargetOption<string> RevokedTokenEnv = TokenVariable("revoked-token", ParameterNames.RevokedTokenEnv, "a revoked or rotated-out token (SEC-021)");
    public static readonly TargetOption<string> RevokedTokenFile = TokenPath("revoked-token", ParameterNames.RevokedTokenFile, "a revoked or rotated-out token (SEC-021)");
    public static readonly TargetOption<string> SecondTenantTokenEnv = TokenVariable("second-tenant-token", ParameterNames.SecondTenantTokenEnv, "a token of a second tenant (SEC-031, SEC-032)");
    public static readonly TargetOption<string> SecondTenantTokenFile = TokenPath("second-tenant-token", ParameterNames.SecondTenantTokenFile, "a token of a second tenant (SEC-031, SEC-032)");
    public static readonly TargetOption<string> ReadOnlyTokenEnv = TokenVariable("read-only-token", ParameterNames.ReadOnlyTokenEnv, "a read-only token (SEC-030)");
    public static readonly TargetOption<string> ReadOnlyTokenFile = TokenPath("read-only-token", ParameterNames.ReadOnlyTokenFile, "a read-only token (SEC-030)");
    public static readonly TargetOption<string> ForeignTokenEnv = TokenVariable("foreign-token", ParameterNames.ForeignTokenEnv, "a token issued for another audience or issuer (SEC-082)");
    public static readonly TargetOption<string> ForeignTokenFile = TokenPath("foreign-token", ParameterNames.ForeignTokenFile, "a token issued for another audience or issuer (SEC-082)");
    public static readonly TargetOption<TimeSpan> MaxExpiryWait = new()
    {
        Flag = "--max-expiry-wait", ValueName = "SECONDS", Key = ParameterNames.MaxExpiryWaitSeconds, Value = NonNegativeSeconds, Default = TimeSpan.FromSeconds(120),
        Help = "How long SEC-020 may wait for a freshly obtained token to expire (default 120; 0 = never wait).",
    };
    public static readonly TargetOption<Uri> PlainHttpUrl = new()
    {
        Flag = "--plain-http-url", ValueName = "URL", Key = ParameterNames.PlainHttpUrl, Value = HttpUrl, Reproduce = ReproduceForm.UnlessDemo,
        Help = "A plain-http URL of the service, probed with a dummy credential only (SEC-041).",
    };

    // Parameters a settings file or the runner sets; `run` has its own flags for seed and read-only.
    public static readonly TargetOption<long> MaxBodyBytes = new()
    {
        Key = ParameterNames.MaxBodyBytes, Value = PositiveBytes, Default = 10 * 1024 * 1024,
        Help = "Largest response body the client reads (default 10 MiB).",
    };
    public static readonly TargetOption<int> Seed = new()
    {
        Key = ParameterNames.Seed, Value = WholeNumber(int.MinValue, int.MaxValue),
        Help = "Seed of generated test data (default: random, printed).",
    };
    public static readonly TargetOption<string> RunId = new()
    {
        Key = ParameterNames.RunId, Value = OptionValues.RunId,
        Help = "Id carried by every name the run creates (default: random).",
    };
    public static readonly TargetOption<bool> ReadOnly = new()
    {
        Key = ParameterNames.ReadOnly, Value = Switch,
        Help = "Refuse POST, PUT, PATCH and DELETE in the client.",
    };

    /// <summary>Every declaration, in the order help and the reproduce line list them.</summary>
    public static IReadOnlyList<TargetOption> All { get; } =
    [
        Demo, DemoSecurity, Defect, SeedUsers, Settings,
        BaseUrl, Auth, TokenEnv, TokenFile, BasicUser, BasicPasswordEnv,
        OAuthTokenUrl, OAuthClientId, OAuthClientSecretEnv, OAuthClientSecretFile, OAuthScope,
        Timeout, MaxRps, Insecure, CaCert, Assume,
        OAuthRevocationUrl, ExpiredTokenEnv, ExpiredTokenFile, RevokedTokenEnv, RevokedTokenFile,
        SecondTenantTokenEnv, SecondTenantTokenFile, ReadOnlyTokenEnv, ReadOnlyTokenFile, ForeignTokenEnv, ForeignTokenFile, MaxExpiryWait, PlainHttpUrl,
        MaxBodyBytes, Seed, RunId, ReadOnly,
    ];

    /// <summary>The options given on the command line (those with a flag).</summary>
    public static IEnumerable<TargetOption> Flags => All.Where(o => o.Flag is not null);

    public static TargetOption? ByFlag(string flag) => All.FirstOrDefault(o => string.Equals(o.Flag, flag, StringComparison.Ordinal));

    /// <summary>The options that are alternative sources of the same value as <paramref name="option"/> (itself included).</summary>
    public static IReadOnlyList<TargetOption> SameSource(TargetOption option) =>
        option.ExclusiveGroup is null ? [option] : All.Where(o => o.ExclusiveGroup == option.ExclusiveGroup).ToArray();

    private static TargetOption<string> TokenVariable(string name, string key, string what) => new()
    {
        Flag = $"--{name}-env", ValueName = "NAME", Key = key, Value = VariableName, ExclusiveGroup = name,
        Help = $"Environment variable holding {what}.",
    };

    private static TargetOption<string> TokenPath(string name, string key, string what) => new()
    {
        Flag = $"--{name}-file", ValueName = "PATH", Key = key, Value = FilePath, ExclusiveGroup = name,
        Help = $"File holding {what}.",
    };
}
