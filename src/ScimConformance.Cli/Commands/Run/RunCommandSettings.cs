using System.ComponentModel;
using ScimConformance.Cli.Commands.Shared;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>Flags of `scimconf run` besides the target flags (<see cref="Core.Configuration.Options.TargetOptions"/>): what to run, where to write reports.</summary>
public sealed class RunCommandSettings : CommandSettings
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
    [Description("Folder for report.html, junit.xml, results.json, results.sarif and summary.md (default ./reports).")]
    public string Out { get; init; } = "reports";

    [CommandOption("--seed <N>")]
    [Description("Seed for generated test data; a run with the same seed sends the same data.")]
    public int? Seed { get; init; }

    [CommandOption("--generated <N>")]
    [Description("How many generated cases each differential check sends (random filters, random PATCH sequences) instead of its default (200 filters, 100 sequences).")]
    public int? Generated { get; init; }

    [CommandOption("--parallel <N>")]
    [Description("How many fixtures run at once (default: one per core, and more the further away the endpoint is: one more per core for every 10 ms of round trip measured during discovery, up to 32; 1 runs one check after another). Checks of one fixture always run in order; checks that must run alone (bursts) still do.")]
    public int? Parallel { get; init; }

    /// <summary>The workers the run gets: --parallel, or null to let the run choose from the cores and the endpoint's round trip.</summary>
    public int? Workers => Parallel;

    [CommandOption("--profile <NAMES>")]
    [Description("Identity-provider replay profiles to run, comma-separated file names of profiles/ without .json (okta,entra-id); case-insensitive. Default: all.")]
    public string? Profile { get; init; }

    [CommandOption("--fail-on <LEVEL>")]
    [Description("Lowest severity of a failure that makes the exit code 1: critical, high, medium or low (default low: every failure and every error). Reports are unchanged.")]
    public string? FailOn { get; init; }

    [CommandOption("--baseline <FILE>")]
    [Description("baseline.json of accepted known failures: they are reported as accepted and do not change the exit code.")]
    public string? Baseline { get; init; }

    [CommandOption("--shard <I/N>")]
    [Description("Run only shard I of N (1-based). Shards split the selection by fixture (a replay profile is one unit), so checks that depend on each other stay together; give every shard the same --seed and join their results.json with `scimconf merge`.")]
    public string? Shard { get; init; }

    [CommandOption("--read-only")]
    [Description("Run only the checks that never write (discovery, reads of unknown ids) and refuse every POST, PUT, PATCH and DELETE in the client: safe against a production tenant.")]
    public bool ReadOnly { get; init; }

    [CommandOption("--allow-empty")]
    [Description("Accept a selection (--include, --exclude, --read-only) that matches no check: the run then passes with nothing run. Without it an empty selection is a configuration error (exit 2), so a typo cannot turn a gate green.")]
    public bool AllowEmpty { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out)) return ValidationResult.Error("--out needs a folder.");
        if (Generated is < 1 or > 100_000) return ValidationResult.Error("--generated needs a count from 1 to 100000.");
        if (Parallel is < 1 or > 64) return ValidationResult.Error("--parallel needs a number of workers from 1 to 64.");
        return GatingOptions.Validate(FailOn, Shard);
    }
}
