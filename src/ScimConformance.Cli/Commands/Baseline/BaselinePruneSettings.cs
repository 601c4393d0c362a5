using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Baseline;

/// <summary>Flags of `scimconf baseline prune`.</summary>
public sealed class BaselinePruneSettings : CommandSettings
{
    [CommandOption("--baseline <FILE>")]
    [Description("The baseline to prune (the file `run --baseline` reads).")]
    public string? Baseline { get; init; }

    [CommandOption("--from <RESULTS>")]
    [Description("results.json of a run made with that baseline (or without it): entries whose checks pass there are removed.")]
    public string? From { get; init; }

    [CommandOption("--out <FILE>")]
    [Description("Where to write the pruned baseline (default: over --baseline).")]
    public string? Out { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Baseline)) return ValidationResult.Error("baseline prune needs --baseline FILE.");
        return string.IsNullOrWhiteSpace(From) ? ValidationResult.Error("baseline prune needs --from results.json.") : ValidationResult.Success();
    }
}
