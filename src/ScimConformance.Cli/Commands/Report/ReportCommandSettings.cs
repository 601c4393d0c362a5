using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Report;

/// <summary>Flags of `scimconf report`.</summary>
public sealed class ReportCommandSettings : CommandSettings
{
    [CommandArgument(0, "<RESULTS>")]
    [Description("A results.json written by `scimconf run` (or `merge`).")]
    public string Results { get; init; } = "";

    [CommandOption("--out <DIR>")]
    [Description("Folder for report.html, junit.xml, results.json, results.sarif and summary.md (default ./reports).")]
    public string Out { get; init; } = "reports";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out needs a folder.") : ValidationResult.Success();
}
