using System.Globalization;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Model;
using Spectre.Console;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>
/// The last lines a run (or a merge) prints, so the end of a CI log says what matters: the verdict and what the exit
/// code is based on, then the findings (failures grouped by cause), then each failure, then what the cleanup deleted and anything it left behind.
/// </summary>
public static class RunEnding
{
    /// <summary>Writes the ending of a run the gate has judged (<see cref="RunResult.Gate"/> set).</summary>
    public static void Write(IAnsiConsole console, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var gate = result.Gate ?? throw new ArgumentException("The run has not been through the exit gate.", nameof(result));
        Verdict(console, result, gate);
        Scoping(console, result);
        Demands(console, result);
        Gate(console, result, gate);
        RunFindings.Write(console, result);
        Failures(console, result);
        Cleanup(console, result);
    }

    /// <summary>The verdict is the gate's, so PASSED is printed only when the exit code is 0.</summary>
    private static void Verdict(IAnsiConsole console, RunResult result, RunGate gate)
    {
        var c = result.Counts;
        if (gate.Verdict == GateVerdict.Interrupted)
            console.MarkupLineInterpolated($"[yellow bold]INTERRUPTED[/]: {c.NotRun} of {c.Total} checks did not run or were stopped before a verdict (not run); the reports cover those that did.");
        else if (gate.Verdict == GateVerdict.Passed)
            console.MarkupLineInterpolated($"[green bold]PASSED[/]: {c.Pass} passed, {c.Warn} warnings, {c.Skip} skipped, {c.Accepted} accepted by the baseline.");
        else
            console.MarkupLineInterpolated($"[red bold]FAILED[/]: {c.Fail} failed, {c.Error} could not be decided (error), {c.Pass} passed.");
    }

    /// <summary>A narrowing construct the target refused is said here once, not through every check that queried.</summary>
    private static void Scoping(IAnsiConsole console, RunResult result)
    {
        if (result.Scoping is not { Refused.Count: > 0 } scoping) return;
        console.MarkupLineInterpolated($"[yellow]Scoping:[/] {scoping.Reason}.");
        foreach (var refused in scoping.Refused)
            console.MarkupLineInterpolated($"  refused {refused.Construct}: {refused.Request} answered {refused.Answer}");
    }

    /// <summary>Test data adapted to what the target demanded on create, said once for the run.</summary>
    private static void Demands(IAnsiConsole console, RunResult result)
    {
        foreach (var demand in result.DataDemands)
        {
            var schema = demand.DeclaredRequired switch { true => "/Schemas declares it required", false => "/Schemas declares it optional", null => "/Schemas does not describe it" };
            console.MarkupLineInterpolated($"[yellow]Adapted test data:[/] every {demand.ResourceType} the run creates carries {demand.Attribute}, which the target demanded ({schema}): {demand.Request} answered {demand.Answer}");
        }
    }

    private static void Gate(IAnsiConsole console, RunResult result, RunGate gate)
    {
        console.MarkupLineInterpolated($"Gate: {GateText.Settings(gate)}; exit code {gate.ExitCode}:");
        foreach (var reason in gate.Reasons)
            console.MarkupLineInterpolated($"  - {reason}");
        if (result.BaselineRemovable.Count > 0)
            console.MarkupLineInterpolated($"[green]These baseline entries now pass and can be removed from the baseline[/] (scimconf baseline prune): {string.Join(", ", result.BaselineRemovable)}");
    }

    private static void Failures(IAnsiConsole console, RunResult result)
    {
        var failures = result.Tests.Where(t => t.Outcome is Outcome.Fail or Outcome.Error)
            .OrderBy(t => t.Outcome).ThenByDescending(t => t.Check.Severity).ThenBy(t => t.Check.Id, StringComparer.Ordinal).ToArray();
        if (failures.Length == 0) return;
        console.MarkupLineInterpolated($"[bold]Failures ({failures.Length})[/]:");
        foreach (var test in failures)
        {
            console.MarkupLine($"  {OutcomeStyle.Label(test.Outcome)} {Markup.Escape($"[{test.Check.Severity.ToString().ToLowerInvariant()}]")} {Markup.Escape(test.Check.Id)}  {Markup.Escape(test.Check.Title)}");
            var line = test.Message.Split('\n', 2)[0].Trim();
            if (line.Length > 0) console.MarkupLine("        [grey]" + Markup.Escape(line.Length > 240 ? line[..240] + "..." : line) + "[/]");
        }
    }

    private static void Cleanup(IAnsiConsole console, RunResult result)
    {
        var deleted = result.Cleanup.Deleted == 0
            ? "the run left nothing to delete"
            : $"deleted {Count(result.Cleanup.Deleted, "resource")} the run created ({string.Join(", ", result.Cleanup.DeletedByType.Select(kv => $"{kv.Value} {kv.Key}"))})";
        if (result.Cleanup.Found.Count > 0)
        {
            console.MarkupLineInterpolated($"[yellow]Cleanup found {Count(result.Cleanup.Found.Count, "resource")} carrying the run prefix that no answer reported as created, and deleted them:[/]");
            foreach (var found in result.Cleanup.Found)
                console.MarkupLineInterpolated($"  {found.RelativePath}  ({found.FoundBy})");
        }
        if (result.Leftovers.Count == 0)
        {
            console.MarkupLineInterpolated($"Cleanup: {deleted}; nothing is left behind.");
            return;
        }
        console.MarkupLineInterpolated($"[red]Cleanup: {deleted}; {Count(result.Leftovers.Count, "resource")} could not be deleted, remove them by hand (they make the exit code 1, whatever --fail-on says):[/]");
        foreach (var entry in result.Leftovers)
            console.MarkupLineInterpolated($"  {entry.RelativePath}  ({entry.CleanupError ?? "not deleted"})");
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
