using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.MutationScore;

/// <summary>Flags of `scimconf mutation-score`.</summary>
public sealed class MutationScoreSettings : CommandSettings
{
    [CommandOption("--runs <DIR>")]
    [Description("Folder holding one sub-folder per switch (named after it) with the results.json of `run --demo --defect NAME`.")]
    public string? Runs { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("Folder for mutation-score.json (default: the --runs folder).")]
    public string? Out { get; init; }

    [CommandOption("--list")]
    [Description("Print the name of every switch (defects, then benign variations), one a line, and exit.")]
    public bool List { get; init; }

    public override ValidationResult Validate() =>
        List || !string.IsNullOrWhiteSpace(Runs) ? ValidationResult.Success() : ValidationResult.Error("Give --runs <DIR> (or --list).");
}
