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

    public override ValidationResult Validate()
    {
        if (TimeoutSeconds is <= 0) return ValidationResult.Error("--timeout must be a positive number of seconds.");
        if (SeedUsers is < 0) return ValidationResult.Error("--seed-users cannot be negative.");
        if (Auth is not null && Auth.ToLowerInvariant() is not ("bearer" or "oauth" or "basic" or "none"))
            return ValidationResult.Error($"--auth must be bearer, oauth, basic or none, not '{Auth}'.");
        if (TokenEnv is not null && TokenFile is not null)
            return ValidationResult.Error("Give either --token-env or --token-file, not both.");
        return ValidationResult.Success();
    }
}
