using ScimConformance.Cli.Infrastructure;
using ScimConformance.ReferenceServer;
using ScimConformance.Runner.MutationScore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.MutationScore;

/// <summary>
/// `scimconf mutation-score`: scores the runs made against each reference-server switch (see
/// scripts/mutation-score.sh): defects caught by exactly their named checks, false failures on benign variations.
/// </summary>
public sealed class MutationScoreCommand(CliContext cli) : Command<MutationScoreSettings>
{
    public static IReadOnlyList<SwitchSpec> Switches =>
        DefectCatalog.Everything.Select(d => new SwitchSpec(d.Name, d.Benign, d.CaughtBy)).ToArray();

    public override int Execute(CommandContext context, MutationScoreSettings settings, CancellationToken cancellationToken)
    {
        if (settings.List)
        {
            foreach (var s in Switches) cli.Out.WriteLine(s.Name);
            cli.Out.Flush();
            return ExitCodes.Passed;
        }

        var runs = cli.FullPath(settings.Runs!);
        var score = MutationScorer.ScoreDirectory(Switches, runs);
        foreach (var wrong in score.Switches.Where(v => !v.Right))
        {
            var parts = new List<string>();
            if (wrong.Problem is not null) parts.Add(wrong.Problem);
            if (wrong.Missed.Count > 0) parts.Add("named checks that did not fail: " + string.Join(", ", wrong.Missed));
            if (wrong.Unexpected.Count > 0) parts.Add("unexpected failures: " + string.Join(", ", wrong.Unexpected));
            if (wrong.Errored.Count > 0) parts.Add("errors: " + string.Join(", ", wrong.Errored));
            cli.Console.MarkupLineInterpolated($"[yellow]{(wrong.Benign ? "benign" : "defect")} {wrong.Name}[/]: {string.Join("; ", parts)}");
        }

        var path = MutationScoreFile.Write(score, cli.FullPath(settings.Out ?? settings.Runs!));
        cli.Out.WriteLine(score.Summary);
        cli.Out.WriteLine("Score written to " + path);
        cli.Out.Flush();
        return score.Caught == score.Defects && score.FalseFailures == 0 ? ExitCodes.Passed : ExitCodes.Failures;
    }
}
