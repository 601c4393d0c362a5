using System.Globalization;
using Spectre.Console;

namespace ScimConformance.Cli.Commands.Load;

/// <summary>The console account of a load run: throughput, a percentile row per step, errors and leftovers.</summary>
public static class LoadSummary
{
    public static void Write(IAnsiConsole console, LoadResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        console.MarkupLineInterpolated(
            $"{result.FlowsStarted} flows started, {result.FlowsSucceeded} succeeded; {result.Requests} requests in {result.Duration.TotalSeconds:0.0} s = {result.RequestsPerSecond:0.0} requests/s, {result.FlowsPerSecond:0.0} users/s; {result.Throttled} throttled (429)");
        var steps = new Table().Border(TableBorder.Rounded).Title("Latency per step (ms, nearest rank)")
            .AddColumns("Step", "Requests", "p50", "p95", "p99", "max");
        foreach (var s in result.Steps)
            steps.AddRow(s.Step.ToString().ToLowerInvariant(), N(s.Count), Ms(s.P50Ms), Ms(s.P95Ms), Ms(s.P99Ms), Ms(s.MaxMs));
        console.Write(steps);

        if (result.Errors.Count == 0) console.MarkupLine("Errors: none");
        else
        {
            var errors = new Table().Border(TableBorder.Rounded).Title("Errors by kind").AddColumns("Step", "Kind", "Count", "Example");
            foreach (var e in result.Errors)
                errors.AddRow(e.Step.ToString().ToLowerInvariant(), Markup.Escape(e.Kind), N(e.Count), Markup.Escape(e.Example));
            console.Write(errors);
        }

        if (result.Leftovers.Count == 0) console.MarkupLine("Left behind: nothing (every created user was deleted)");
        else
        {
            console.MarkupLineInterpolated($"[red]Left behind: {result.Leftovers.Count} user(s) could not be deleted; remove them by hand:[/]");
            foreach (var l in result.Leftovers) console.MarkupLineInterpolated($"  {l.RelativePath}: {l.CleanupError ?? "not deleted"}");
        }
        console.MarkupLine(result.RemainingOnServer is { } remaining
            ? $"Users with the run prefix still on the endpoint: {remaining}"
            : "Users with the run prefix still on the endpoint: unknown (the endpoint could not be asked with a filter)");
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Ms(double ms) => ms.ToString("0.00", CultureInfo.InvariantCulture);
}
