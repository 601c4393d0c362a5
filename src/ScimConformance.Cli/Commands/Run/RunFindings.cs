using System.Globalization;
using ScimConformance.Runner.Findings;
using ScimConformance.Runner.Model;
using Spectre.Console;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>
/// The findings at the end of a run: each cause once, most severe first, with the checks it failed and the curl command
/// that shows it; the per-check failures follow. Long reproductions (a body of many lines) are left to the reports.
/// </summary>
public static class RunFindings
{
    /// <summary>A reproduction longer than this many lines is named rather than printed.</summary>
    public const int MaxCurlLines = 12;

    public static void Write(IAnsiConsole console, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var findings = result.Findings;
        if (findings.Count == 0) return;
        console.MarkupLineInterpolated($"[bold]Findings ({findings.Count}, from {findings.Sum(f => f.Checks.Count)} failed checks)[/]:");
        foreach (var finding in findings)
        {
            var severity = finding.Severity.ToString().ToLowerInvariant();
            console.MarkupLineInterpolated($"  [red bold]{finding.Id}[/] [[{severity}]] {finding.Title}");
            console.MarkupLineInterpolated($"      [grey]cause:[/] {finding.Cause}");
            console.MarkupLineInterpolated($"      [grey]checks:[/] {string.Join(", ", finding.Checks)}; [grey]breaks:[/] {string.Join(", ", finding.Requirements)}");
            if (finding.Reproduction is not { } reproduction) continue;
            var lines = reproduction.Curl.Split('\n');
            var answered = reproduction.Status is { } status ? status.ToString(CultureInfo.InvariantCulture) : "no answer";
            if (lines.Length > MaxCurlLines)
            {
                console.MarkupLineInterpolated($"      [grey]reproduce:[/] {lines.Length} lines, see report.html or summary.md ({reproduction.Check}, answered {answered})");
                continue;
            }
            console.MarkupLineInterpolated($"      [grey]reproduce ({reproduction.Check}, answered {answered}):[/]");
            foreach (var line in lines) console.WriteLine("        " + line);
        }
    }
}
