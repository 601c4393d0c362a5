using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Load;

/// <summary>Flags of `scimconf load`: the target (as for run), and the size, pace and bound of the burst.</summary>
public sealed class LoadCommandSettings : CommandSettings
{
    public const int MaxUsers = 100_000;
    public const int MaxConcurrency = 256;

    [CommandOption("--users <N>")]
    [Description("How many users to provision and deprovision (create, look up, update, deactivate, delete). Default 100, at most 100000.")]
    public int Users { get; init; } = 100;

    [CommandOption("--concurrency <N>")]
    [Description("How many user flows run at once. Default 4, at most 256.")]
    public int Concurrency { get; init; } = 4;

    [CommandOption("--rate <R>")]
    [Description("Cap on requests per second across all flows (default: no cap).")]
    public double? Rate { get; init; }

    [CommandOption("--max-duration <SECONDS>")]
    [Description("Stop starting flows after this many seconds; what was created is still deleted. Default 300.")]
    public int MaxDurationSeconds { get; init; } = 300;

    [CommandOption("--out <DIR>")]
    [Description("Directory for load.json. Default: load-reports.")]
    public string Out { get; init; } = "load-reports";

    [CommandOption("--seed <N>")]
    [Description("Seed of the test-data generator.")]
    public int? Seed { get; init; }

    public override ValidationResult Validate()
    {
        if (Users is < 1 or > MaxUsers) return ValidationResult.Error($"--users must be between 1 and {MaxUsers}.");
        if (Concurrency is < 1 or > MaxConcurrency) return ValidationResult.Error($"--concurrency must be between 1 and {MaxConcurrency}.");
        if (Rate is { } rate && (double.IsNaN(rate) || rate <= 0)) return ValidationResult.Error("--rate must be a positive number of requests per second.");
        if (MaxDurationSeconds is < 1 or > 86_400) return ValidationResult.Error("--max-duration must be between 1 and 86400 seconds.");
        return ValidationResult.Success();
    }
}
