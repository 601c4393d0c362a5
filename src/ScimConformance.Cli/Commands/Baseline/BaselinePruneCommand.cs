using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Runner.Baselines;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Baseline;

/// <summary>`scimconf baseline prune`: drops the accepted failures a run shows are fixed, so the baseline only shrinks.</summary>
public sealed class BaselinePruneCommand(CliContext cli) : Command<BaselinePruneSettings>
{
    public override int Execute(CommandContext context, BaselinePruneSettings settings, CancellationToken cancellationToken)
    {
        var path = cli.FullPath(settings.Baseline!);
        var baseline = BaselineFile.Read(path);
        var result = ResultsFile.Read(cli.FullPath(settings.From!));
        var (kept, removed) = BaselineFile.Prune(baseline, result);
        var target = cli.FullPath(settings.Out ?? settings.Baseline!);
        BaselineFile.Write(kept, target);
        foreach (var entry in removed) cli.Out.WriteLine($"  removed {entry.Id} (passes now)");
        cli.Out.WriteLine($"Baseline pruned: {removed.Count} entries removed, {kept.Accepted.Count} kept; written to {target}");
        cli.Out.Flush();
        return ExitCodes.Passed;
    }
}
