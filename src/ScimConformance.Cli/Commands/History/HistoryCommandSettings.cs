using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.History;

/// <summary>Arguments of `scimconf history`.</summary>
public sealed class HistoryCommandSettings : CommandSettings
{
    [CommandArgument(0, "<RUNS>")]
    [Description("Report folders of earlier runs (each holding a results.json), or their results.json files, in any order; the newest run is the one reported.")]
    public string[] Runs { get; init; } = [];

    [CommandOption("--out <DIR>")]
    [Description("Folder for the newest run's reports, report.html with the trend chart (default ./reports).")]
    public string Out { get; init; } = "reports";

    public override ValidationResult Validate()
    {
        if (Runs.Length < 2) return ValidationResult.Error("history needs at least two runs: the report folders (or results.json files) of earlier runs and of the latest.");
        return string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out needs a folder.") : ValidationResult.Success();
    }
}
