using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Serve;

/// <summary>Flags of `scimconf serve`.</summary>
public sealed class ServeCommandSettings : CommandSettings
{
    [CommandOption("--port <N>")]
    [Description("Port on 127.0.0.1 to listen on (default 0: any free port, printed at start).")]
    public int Port { get; init; }

    [CommandOption("--token-env <NAME>")]
    [Description("Environment variable holding the bearer token clients must send.")]
    public string? TokenEnv { get; init; }

    [CommandOption("--token-file <PATH>")]
    [Description("File holding the bearer token clients must send.")]
    public string? TokenFile { get; init; }

    [CommandOption("--token-out <PATH>")]
    [Description("Where to write a generated token when none is configured (default ./.scimconf-serve-token, mode 600).")]
    public string TokenOut { get; init; } = ".scimconf-serve-token";

    [CommandOption("--db <FILE>")]
    [Description("SQLite file to keep data in (default: in memory, gone when the server stops).")]
    public string? Db { get; init; }

    [CommandOption("--seed-users <N>")]
    [Description("Users to create at start (seed-user-0001...), standing in for a tenant's own data.")]
    public int SeedUsers { get; init; }

    [CommandOption("--defect <NAME>")]
    [Description("Switch on a defect (repeatable); see --list-defects.")]
    public string[] Defects { get; init; } = [];

    [CommandOption("--list-defects")]
    [Description("List the defect switches and the checks that catch each, then exit.")]
    public bool ListDefects { get; init; }

    [CommandOption("--https")]
    [Description("Serve HTTPS only (TLS 1.2 and 1.3, HSTS) with a certificate for 127.0.0.1 and localhost signed by a CA made at start; a second, plain-HTTP port only redirects to HTTPS. Also turns on the OAuth clients (see --secrets-out).")]
    public bool Https { get; init; }

    [CommandOption("--ca-cert-out <PATH>")]
    [Description("With --https: where to write the CA certificate (PEM) that clients must trust, e.g. scimconf run --ca-cert PATH (default ./.scimconf-serve-ca.pem).")]
    public string CaCertOut { get; init; } = ".scimconf-serve-ca.pem";

    [CommandOption("--token-ttl <SECONDS>")]
    [Description("Lifetime of the access tokens that POST /oauth/token issues (default 3600).")]
    public int TokenTtl { get; init; } = 3600;

    [CommandOption("--tenant <NAME>")]
    [Description("Add a tenant whose data are isolated from the default tenant's (repeatable). Each tenant gets a static bearer token and OAuth clients NAME and NAME-readonly; the secrets go to --secrets-out.")]
    public string[] Tenants { get; init; } = [];

    [CommandOption("--secrets-out <PATH>")]
    [Description("With --https or --tenant: JSON file (mode 600) receiving the tenants' static tokens and the OAuth client ids and secrets (default ./.scimconf-serve-secrets.json).")]
    public string SecretsOut { get; init; } = ".scimconf-serve-secrets.json";

    public override ValidationResult Validate()
    {
        if (Port is < 0 or > 65535) return ValidationResult.Error("--port must be between 0 and 65535.");
        if (SeedUsers < 0) return ValidationResult.Error("--seed-users cannot be negative.");
        if (TokenEnv is not null && TokenFile is not null) return ValidationResult.Error("Give either --token-env or --token-file, not both.");
        if (TokenTtl is < 1 or > 31_536_000) return ValidationResult.Error("--token-ttl must be between 1 and 31536000 seconds.");
        foreach (var tenant in Tenants)
        {
            if (string.IsNullOrWhiteSpace(tenant) || tenant.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
                return ValidationResult.Error($"--tenant '{tenant}': use letters, digits, '-', '_' or '.'.");
            if (string.Equals(tenant, "default", StringComparison.OrdinalIgnoreCase))
                return ValidationResult.Error("--tenant default: the default tenant always exists.");
        }
        return ValidationResult.Success();
    }
}
