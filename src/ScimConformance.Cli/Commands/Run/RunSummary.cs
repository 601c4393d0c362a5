using ScimConformance.Runner.Model;
using Spectre.Console;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>The table printed after a run: counts per area and outcome (the verdict and failures follow, see <see cref="RunEnding"/>).</summary>
public static class RunSummary
{
    public static void Write(IAnsiConsole console, RunResult result)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Summary");
        table.AddColumn("Area");
        foreach (var outcome in Enum.GetValues<Outcome>()) table.AddColumn(new TableColumn(outcome.ToString().ToLowerInvariant()).RightAligned());
        foreach (var area in result.Tests.GroupBy(t => t.Check.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
            table.AddRow([Markup.Escape(area.Key), .. Enum.GetValues<Outcome>().Select(o => Count(area.Count(t => t.Outcome == o)))]);
        table.AddRow(["[bold]total[/]", .. Enum.GetValues<Outcome>().Select(o => Count(result.Tests.Count(t => t.Outcome == o)))]);
        console.Write(table);
    }

    private static string Count(int n) => n == 0 ? "[grey]0[/]" : n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
