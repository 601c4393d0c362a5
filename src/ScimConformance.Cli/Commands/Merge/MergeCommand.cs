using ScimConformance.Cli.Commands.Run;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Merging;
using ScimConformance.Runner.Reporting;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Merge;

/// <summary>`scimconf merge`: joins shard results into one run, writes every report and gates like `run`.</summary>
public sealed class MergeCommand(CliContext cli) : Command<MergeCommandSettings>
{
    public override int Execute(CommandContext context, MergeCommandSettings settings, CancellationToken cancellationToken)
    {
        var threshold = GatingOptions.Threshold(settings.FailOn);
        var outDirectory = OutputFolder.Prepare(cli.FullPath(settings.Out), "--out");
        var parts = settings.Results.Select(p => (p, ResultsFile.Read(cli.FullPath(p)))).ToArray();
        var merged = RunMerger.Merge(parts);
        // The shards applied their baseline when they ran (their accepted failures stay accepted); the gate is the merge's.
        var baseline = parts.Select(p => p.Item2.Gate?.Baseline).FirstOrDefault(b => b is not null);
        merged = merged with { Command = ReproduceCommand.WithOut(merged.Command, settings.Out) };
        return RunConclusion.Write(cli, merged, threshold, baseline, outDirectory,
            $"Merged {settings.Results.Length} results into {merged.Counts.Total} checks; reports written:", "Reproduce (the whole run at once)");
    }
}
