using System.ComponentModel;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.List;

/// <summary>Flags of `scimconf list`.</summary>
public sealed class ListCommandSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Print the checks as a JSON array (id, title, area, severity, requirements, needs, remediation).")]
    public bool Json { get; init; }

    [CommandOption("--coverage")]
    [Description("Print how many testable catalogue rows the listed checks cite, the rows none cites, and those judged unobservable from outside.")]
    public bool Coverage { get; init; }

    [CommandOption("--include <TERM>")]
    [Description("List only matching checks (same terms as `run --include`). Repeatable.")]
    public string[] Include { get; init; } = [];

    [CommandOption("--exclude <TERM>")]
    [Description("Leave out matching checks. Repeatable.")]
    public string[] Exclude { get; init; } = [];

    [CommandOption("--suites <DLL>")]
    [Description("Also list the checks of this suite assembly. Repeatable.")]
    public string[] Suites { get; init; } = [];
}
