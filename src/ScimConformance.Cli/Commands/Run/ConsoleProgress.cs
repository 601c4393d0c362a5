using ScimConformance.Authoring;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;
using Spectre.Console;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>One line per finished check as the run goes, so a person or a CI log sees it move.</summary>
public sealed class ConsoleProgress(IAnsiConsole console) : IRunObserver
{
    private readonly Lock _gate = new();
    private int _done;
    private int _total;

    public void RunStarted(RunHeader header)
    {
        lock (_gate)
        {
            _total = header.SelectedTests;
            console.MarkupLineInterpolated($"Run [bold]{header.RunId}[/]  seed [bold]{header.Seed}[/]");
            console.MarkupLineInterpolated($"Target {header.Target.BaseUrl} ({header.Target.AuthScheme})");
            console.MarkupLineInterpolated($"Running {header.SelectedTests} checks, {header.Workers} fixtures at a time");
        }
    }

    public void TestStarted(CheckInfo check) { }

    public void TestFinished(TestOutcome outcome)
    {
        lock (_gate)
        {
            _done++;
            var width = Math.Max(1, _total.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
            var counter = $"[{_done.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)}/{_total}]";
            console.MarkupLine($"{Markup.Escape(counter)} {OutcomeStyle.Label(outcome.Outcome)} {Markup.Escape(outcome.Check.Id)}  {Markup.Escape(outcome.Check.Title)}");
            if (outcome.Outcome is not Outcome.Pass && outcome.Message.Length > 0)
                console.MarkupLine("       [grey]" + Markup.Escape(FirstLine(outcome.Message)) + "[/]");
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length > 240 ? line[..240] + "..." : line;
    }
}
