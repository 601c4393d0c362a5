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
        var merged = RunMerger.Merge(settings.Results.Select(p => ResultsFile.Read(cli.FullPath(p))).ToArray());
        RunSummary.Write(cli.Console, merged);
        GateSummary.Write(cli.Console, merged, threshold);
        var written = new ReportWriter().Write(merged, cli.FullPath(settings.Out));
        cli.Out.WriteLine($"Merged {settings.Results.Length} results into {merged.Counts.Total} checks; reports written:");
        foreach (var path in written) cli.Out.WriteLine("  " + path);
        cli.Out.Flush();
        if (merged.Interrupted) return ExitCodes.Interrupted;
        return ExitGate.BreaksBuild(merged, threshold) ? ExitCodes.Failures : ExitCodes.Passed;
    }
}
