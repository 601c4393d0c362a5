using System.Text.Json;
using ScimConformance.Cli.Commands.Run;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Runner.Comparison;
using ScimConformance.Runner.Reporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Commands.Diff;

/// <summary>`scimconf diff`: regressions, fixes, new and removed checks between two runs; exit 1 on a regression.</summary>
public sealed class DiffCommand(CliContext cli) : Command<DiffCommandSettings>
{
    public override int Execute(CommandContext context, DiffCommandSettings settings, CancellationToken cancellationToken)
    {
        var threshold = GatingOptions.Threshold(settings.FailOn);
        var diff = RunDiff.Compare(ResultsFile.Read(cli.FullPath(settings.Old)), ResultsFile.Read(cli.FullPath(settings.New)));
        var gating = diff.RegressionsAt(threshold);
        // On stderr, so --json output stays parseable; the diff itself is still printed.
        if (diff.TargetWarning is { } warning) cli.Error.WriteLine("scimconf: warning: " + warning);
        if (settings.Json)
        {
            cli.Out.WriteLine(JsonSerializer.Serialize(new
            {
                warnings = diff.TargetWarning is null ? Array.Empty<string>() : [diff.TargetWarning],
                regressions = diff.Regressions,
                fixes = diff.Fixes,
                otherChanges = diff.OtherChanges,
                added = diff.Added.Select(t => new { t.Check.Id, t.Check.Title, t.Outcome }),
                removed = diff.Removed.Select(t => new { t.Check.Id, t.Check.Title, t.Outcome }),
            }, ReportJson.Options));
            cli.Out.Flush();
        }
        else
        {
            Changes("Regressions", diff.Regressions);
            Changes("Fixes", diff.Fixes);
            Changes("Other changes", diff.OtherChanges);
            Section("New checks", diff.Added.Select(t => $"{OutcomeStyle.Label(t.Outcome)} {Markup.Escape(t.Check.Id)}  {Markup.Escape(t.Check.Title)}"));
            Section("Removed checks", diff.Removed.Select(t => $"{Markup.Escape(t.Check.Id)}  {Markup.Escape(t.Check.Title)}"));
            cli.Console.MarkupLineInterpolated(
                $"{diff.Regressions.Count} regressions, {diff.Fixes.Count} fixes, {diff.OtherChanges.Count} other changes, {diff.Added.Count} new, {diff.Removed.Count} removed.");
            if (gating.Count < diff.Regressions.Count)
                cli.Console.MarkupLineInterpolated($"--fail-on {threshold.ToString().ToLowerInvariant()}: {diff.Regressions.Count - gating.Count} regressions below the threshold do not change the exit code ({gating.Count} do).");
        }
        return gating.Count > 0 ? ExitCodes.Failures : ExitCodes.Passed;
    }

    private void Changes(string heading, IReadOnlyList<OutcomeChange> changes) =>
        Section(heading, changes.Select(c =>
            $"{Markup.Escape(c.Id)}  {c.Before.ToString().ToLowerInvariant()} -> {OutcomeStyle.Label(c.After)} {Markup.Escape(c.Title)}"
            + (c.Message.Length > 0 && c.After is not Runner.Model.Outcome.Pass ? "\n    [grey]" + Markup.Escape(c.Message.Split('\n', 2)[0].Trim()) + "[/]" : "")));

    private void Section(string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return;
        cli.Console.MarkupLineInterpolated($"[bold]{heading}[/] ({list.Count})");
        foreach (var line in list) cli.Console.MarkupLine("  " + line);
    }
}
