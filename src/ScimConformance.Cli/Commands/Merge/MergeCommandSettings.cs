using System.ComponentModel;
using ScimConformance.Cli.Commands.Shared;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Merge;

/// <summary>Arguments of `scimconf merge`.</summary>
public sealed class MergeCommandSettings : CommandSettings
{
    [CommandArgument(0, "<RESULTS>")]
    [Description("The results.json of every shard; the first one's header (run id, target, seed) is kept.")]
    public string[] Results { get; init; } = [];

    [CommandOption("--out <DIR>")]
    [Description("Folder for the merged reports (default ./reports).")]
    public string Out { get; init; } = "reports";

    [CommandOption("--fail-on <LEVEL>")]
    [Description("As `run --fail-on`: the exit code of the merged run (default low).")]
    public string? FailOn { get; init; }

    public override ValidationResult Validate()
    {
        if (Results.Length == 0) return ValidationResult.Error("merge needs at least one results.json.");
        if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out needs a folder.");
        return GatingOptions.Validate(FailOn, null);
    }
}
