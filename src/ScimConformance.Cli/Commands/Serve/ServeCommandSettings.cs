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

    public override ValidationResult Validate()
    {
        if (Port is < 0 or > 65535) return ValidationResult.Error("--port must be between 0 and 65535.");
        if (SeedUsers < 0) return ValidationResult.Error("--seed-users cannot be negative.");
        if (TokenEnv is not null && TokenFile is not null) return ValidationResult.Error("Give either --token-env or --token-file, not both.");
        return ValidationResult.Success();
    }
}
