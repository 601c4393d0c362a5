using ScimConformance.Runner.Model;
using Spectre.Console;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>The table printed at the end of a run: counts per area and outcome, then the verdict.</summary>
public static class RunSummary
{
    public static void Write(IAnsiConsole console, RunResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Summary");
        table.AddColumn("Area");
        foreach (var outcome in Enum.GetValues<Outcome>()) table.AddColumn(new TableColumn(outcome.ToString().ToLowerInvariant()).RightAligned());
        foreach (var area in result.Tests.GroupBy(t => t.Check.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
            table.AddRow([Markup.Escape(area.Key), .. Enum.GetValues<Outcome>().Select(o => Count(area.Count(t => t.Outcome == o)))]);
        table.AddRow([
            "[bold]total[/]", Count(result.Counts.Pass), Count(result.Counts.Fail), Count(result.Counts.Warn), Count(result.Counts.Skip), Count(result.Counts.Error), Count(result.Counts.Accepted),
        ]);
        console.Write(table);

        if (result.Interrupted)
            console.MarkupLine("[yellow bold]INTERRUPTED[/]: not every selected check ran; the reports cover those that did.");
        else if (result.Passed)
            console.MarkupLineInterpolated($"[green bold]PASSED[/]: {result.Counts.Pass} passed, {result.Counts.Warn} warnings, {result.Counts.Skip} skipped, {result.Counts.Accepted} accepted by the baseline.");
        else
            console.MarkupLineInterpolated($"[red bold]FAILED[/]: {result.Counts.Fail} failed, {result.Counts.Error} could not be decided (error), {result.Counts.Pass} passed.");

        if (result.Leftovers.Count > 0)
        {
            console.MarkupLineInterpolated($"[red]{result.Leftovers.Count} resources the run created could not be deleted; remove them by hand:[/]");
            foreach (var entry in result.Leftovers)
                console.MarkupLineInterpolated($"  {entry.RelativePath}  ({entry.CleanupError ?? "not deleted"})");
        }
    }

    private static string Count(int n) => n == 0 ? "[grey]0[/]" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
