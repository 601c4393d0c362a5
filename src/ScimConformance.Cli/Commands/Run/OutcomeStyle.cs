using ScimConformance.Runner.Model;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>How an outcome looks on the console (fixed width, colour when the terminal has it).</summary>
public static class OutcomeStyle
{
    public static string Label(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "[green]PASS [/]",
        Outcome.Fail => "[red bold]FAIL [/]",
        Outcome.Warn => "[yellow]WARN [/]",
        Outcome.Skip => "[grey]SKIP [/]",
        Outcome.Accepted => "[blue]ACCPT[/]",
        Outcome.NotRun => "[grey]NORUN[/]",
        _ => "[magenta bold]ERROR[/]",
    };
}
