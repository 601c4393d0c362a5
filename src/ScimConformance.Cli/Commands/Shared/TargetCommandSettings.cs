using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Shared;

/// <summary>How to reach and authenticate to the endpoint; shared by `run` and `discover`.</summary>
public class TargetCommandSettings : CommandSettings
{
    [CommandOption("--base-url <URL>")]
    [Description("SCIM base URL, e.g. https://app.example.com/scim/v2 (default: $SCIM_BASE_URL).")]
    public string? BaseUrl { get; init; }

    [CommandOption("--auth <SCHEME>")]
    [Description("bearer (default), oauth (client credentials), basic or none.")]
    public string? Auth { get; init; }

    [CommandOption("--token-env <NAME>")]
    [Description("Environment variable holding the bearer token (default: SCIM_TOKEN).")]
    public string? TokenEnv { get; init; }

    [CommandOption("--token-file <PATH>")]
    [Description("File holding the bearer token.")]
    public string? TokenFile { get; init; }

    [CommandOption("--basic-user <USER>")]
    [Description("User name for --auth basic.")]
    public string? BasicUser { get; init; }

    [CommandOption("--basic-password-env <NAME>")]
    [Description("Environment variable holding the password for --auth basic.")]
    public string? BasicPasswordEnv { get; init; }

    [CommandOption("--oauth-token-url <URL>")]
    [Description("OAuth 2.0 token endpoint for --auth oauth.")]
    public string? OAuthTokenUrl { get; init; }

    [CommandOption("--oauth-client-id <ID>")]
    public string? OAuthClientId { get; init; }

    [CommandOption("--oauth-client-secret-env <NAME>")]
    [Description("Environment variable holding the OAuth client secret.")]
    public string? OAuthClientSecretEnv { get; init; }

    [CommandOption("--oauth-scope <SCOPE>")]
    public string? OAuthScope { get; init; }

    [CommandOption("--settings <FILE>")]
    [Description("A .runsettings file; its TestRunParameters configure the run, flags override them.")]
    public string? SettingsFile { get; init; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("Per-request timeout in seconds (default 30).")]
    public int? TimeoutSeconds { get; init; }

    [CommandOption("--max-rps <N>")]
    [Description("Send at most N requests per second, all checks together (default: no cap). A 429 pauses the whole run for its Retry-After either way.")]
    public double? MaxRps { get; init; }

    [CommandOption("--insecure")]
    [Description("Accept any TLS certificate (test environments only).")]
    public bool Insecure { get; init; }

    [CommandOption("--ca-cert <PATH>")]
    [Description("Trust this CA certificate (PEM) for the endpoint's TLS.")]
    public string? CaCert { get; init; }

    [CommandOption("--assume <LIST>")]
    [Description("Override advertised capabilities, e.g. patch=false,sort=true.")]
    public string? Assume { get; init; }

    [CommandOption("--demo")]
    [Description("Start the bundled reference server on 127.0.0.1 and test it (no endpoint needed).")]
    public bool Demo { get; init; }

    [CommandOption("--defect <NAME>")]
    [Description("With --demo: switch on a reference-server defect (repeatable; see `scimconf serve --list-defects`).")]
    public string[] Defects { get; init; } = [];

    [CommandOption("--seed-users <N>")]
    [Description("With --demo: users the reference server holds before the run (default 0).")]
    public int? SeedUsers { get; init; }

    [CommandOption("--oauth-client-secret-file <PATH>")]
    [Description("File holding the OAuth client secret.")]
    public string? OAuthClientSecretFile { get; init; }

    // Security suite inputs (all optional; a check whose input is missing is skipped and names its flag).
    [CommandOption("--oauth-revocation-url <URL>")]
    [Description("RFC 7009 token revocation endpoint; lets SEC-021 revoke a token the harness obtained itself.")]
    public string? OAuthRevocationUrl { get; init; }

    [CommandOption("--expired-token-env <NAME>")]
    [Description("Environment variable holding an expired token (SEC-020).")]
    public string? ExpiredTokenEnv { get; init; }

    [CommandOption("--expired-token-file <PATH>")]
    [Description("File holding an expired token (SEC-020).")]
    public string? ExpiredTokenFile { get; init; }

    [CommandOption("--revoked-token-env <NAME>")]
    [Description("Environment variable holding a revoked or rotated-out token (SEC-021).")]
    public string? RevokedTokenEnv { get; init; }

    [CommandOption("--revoked-token-file <PATH>")]
    [Description("File holding a revoked or rotated-out token (SEC-021).")]
    public string? RevokedTokenFile { get; init; }

    [CommandOption("--second-tenant-token-env <NAME>")]
    [Description("Environment variable holding a token of a second tenant (SEC-031, SEC-032).")]
    public string? SecondTenantTokenEnv { get; init; }

    [CommandOption("--second-tenant-token-file <PATH>")]
    [Description("File holding a token of a second tenant (SEC-031, SEC-032).")]
    public string? SecondTenantTokenFile { get; init; }

    [CommandOption("--read-only-token-env <NAME>")]
    [Description("Environment variable holding a read-only token (SEC-030).")]
    public string? ReadOnlyTokenEnv { get; init; }

    [CommandOption("--read-only-token-file <PATH>")]
    [Description("File holding a read-only token (SEC-030).")]
    public string? ReadOnlyTokenFile { get; init; }

    [CommandOption("--max-expiry-wait <SECONDS>")]
    [Description("How long SEC-020 may wait for a freshly obtained token to expire (default 120).")]
    public int? MaxExpiryWaitSeconds { get; init; }

    [CommandOption("--plain-http-url <URL>")]
    [Description("A plain-http URL of the service, probed with a dummy credential only (SEC-041).")]
    public string? PlainHttpUrl { get; init; }

    public override ValidationResult Validate()
    {
        if (TimeoutSeconds is <= 0) return ValidationResult.Error("--timeout must be a positive number of seconds.");
        if (MaxRps is { } rps && (rps <= 0 || !double.IsFinite(rps))) return ValidationResult.Error("--max-rps needs a positive number of requests per second.");
        if (SeedUsers is < 0) return ValidationResult.Error("--seed-users cannot be negative.");
        if (Auth is not null && Auth.ToLowerInvariant() is not ("bearer" or "oauth" or "basic" or "none"))
            return ValidationResult.Error($"--auth must be bearer, oauth, basic or none, not '{Auth}'.");
        if (TokenEnv is not null && TokenFile is not null)
            return ValidationResult.Error("Give either --token-env or --token-file, not both.");
        if (OAuthClientSecretEnv is not null && OAuthClientSecretFile is not null)
            return ValidationResult.Error("Give either --oauth-client-secret-env or --oauth-client-secret-file, not both.");
        if (MaxExpiryWaitSeconds is < 0) return ValidationResult.Error("--max-expiry-wait cannot be negative.");
        foreach (var (env, file, name) in new[]
                 {
                     (ExpiredTokenEnv, ExpiredTokenFile, "expired-token"), (RevokedTokenEnv, RevokedTokenFile, "revoked-token"),
                     (SecondTenantTokenEnv, SecondTenantTokenFile, "second-tenant-token"), (ReadOnlyTokenEnv, ReadOnlyTokenFile, "read-only-token"),
                 })
        {
            if (env is not null && file is not null)
                return ValidationResult.Error($"Give either --{name}-env or --{name}-file, not both.");
        }
        return ValidationResult.Success();
    }
}
