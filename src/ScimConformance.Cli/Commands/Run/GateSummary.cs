using ScimConformance.Authoring;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Model;
using Spectre.Console;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>
/// What the exit code is based on, printed after the summary: failures --fail-on lets through, and
/// baseline entries that are no longer needed.
/// </summary>
public static class GateSummary
{
    public static void Write(IAnsiConsole console, RunResult result, Severity threshold)
    {
        var bad = result.Tests.Count(t => t.Outcome is Outcome.Fail or Outcome.Error);
        var gating = ExitGate.Gating(result, threshold).Count;
        if (bad > gating)
            console.MarkupLineInterpolated($"--fail-on {threshold.ToString().ToLowerInvariant()}: {bad - gating} failures or errors below the threshold do not change the exit code ({gating} do).");
        if (result.Leftovers.Count > 0)
            console.MarkupLineInterpolated($"[red]{result.Leftovers.Count} resources left behind make the exit code 1, whatever --fail-on says.[/]");
        if (result.BaselineRemovable.Count > 0)
            console.MarkupLineInterpolated($"[green]These baseline entries now pass and can be removed from the baseline:[/] {string.Join(", ", result.BaselineRemovable)}");
    }
}
