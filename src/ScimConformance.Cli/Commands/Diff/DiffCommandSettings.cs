using System.ComponentModel;
using ScimConformance.Cli.Commands.Shared;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Diff;

/// <summary>Arguments of `scimconf diff`.</summary>
public sealed class DiffCommandSettings : CommandSettings
{
    [CommandArgument(0, "<OLD>")]
    [Description("results.json of the earlier run.")]
    public string Old { get; init; } = "";

    [CommandArgument(1, "<NEW>")]
    [Description("results.json of the later run.")]
    public string New { get; init; } = "";

    [CommandOption("--json")]
    [Description("Print the differences as JSON.")]
    public bool Json { get; init; }

    [CommandOption("--fail-on <LEVEL>")]
    [Description("Lowest severity of a regression that makes the exit code 1: critical, high, medium or low (default low: every regression; a check that now errors counts only at low, as for `run --fail-on`).")]
    public string? FailOn { get; init; }

    public override ValidationResult Validate() => GatingOptions.Validate(FailOn, null);
}
