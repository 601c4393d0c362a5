using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Baseline;

/// <summary>Flags of `scimconf baseline create`.</summary>
public sealed class BaselineCreateSettings : CommandSettings
{
    [CommandOption("--from <RESULTS>")]
    [Description("results.json of the run whose failures to accept.")]
    public string? From { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Where to write the baseline (default ./baseline.json).")]
    public string Out { get; init; } = "baseline.json";

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(From)) return ValidationResult.Error("baseline create needs --from results.json.");
        return string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out needs a file name.") : ValidationResult.Success();
    }
}
