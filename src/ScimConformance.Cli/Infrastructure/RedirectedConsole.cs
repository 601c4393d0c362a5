using Spectre.Console;

namespace ScimConformance.Cli.Infrastructure;

/// <summary>
/// The console for output that goes to no terminal (CI logs, files, a test's capture): plain text, a wide profile that
/// keeps URLs and commands on one line, and lines without the padding Spectre adds up to that width.
/// </summary>
public static class RedirectedConsole
{
    public static IAnsiConsole Create(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(new TrailingSpaceTrimmingWriter(output)),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        return console;
    }
}
