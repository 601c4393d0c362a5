using System.ComponentModel;
using ScimConformance.Cli.Commands.Shared;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>Flags of `scimconf run`: the target (inherited), what to run, where to write reports.</summary>
public sealed class RunCommandSettings : TargetCommandSettings
{
    [CommandOption("--include <TERM>")]
    [Description("Run only matching checks: id glob (USR-*), area:Users, category:X, severity:high, requirement:R7644-*. Repeatable.")]
    public string[] Include { get; init; } = [];

    [CommandOption("--exclude <TERM>")]
    [Description("Leave out matching checks (same terms as --include). Repeatable.")]
    public string[] Exclude { get; init; } = [];

    [CommandOption("--suites <DLL>")]
    [Description("An extra suite assembly to run besides the built-in suites. Repeatable.")]
    public string[] Suites { get; init; } = [];

    [CommandOption("--out <DIR>")]
    [Description("Folder for report.html, junit.xml and results.json (default ./reports).")]
    public string Out { get; init; } = "reports";

    [CommandOption("--seed <N>")]
    [Description("Seed for generated test data; a run with the same seed sends the same data.")]
    public int? Seed { get; init; }

    public override ValidationResult Validate()
    {
        var target = base.Validate();
        if (!target.Successful) return target;
        return string.IsNullOrWhiteSpace(Out) ? ValidationResult.Error("--out needs a folder.") : ValidationResult.Success();
    }
}
