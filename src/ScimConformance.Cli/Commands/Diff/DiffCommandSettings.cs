using System.ComponentModel;
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
}
