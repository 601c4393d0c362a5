using System.Text;
using ScimConformance.Cli;
using ScimConformance.Cli.Infrastructure;
using Spectre.Console;

namespace ScimConformance.Tests.Cli;

/// <summary>Runs `scimconf` in this process with captured output and a private environment.</summary>
internal static class InProcessCli
{
    // A run installs ScimRun.Current, which is process-wide: two in-process runs must never overlap, whichever
    // fixtures NUnit lets run side by side.
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string>? environment, CancellationToken ct, params string[] args)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            return await RunAloneAsync(environment, args, ct);
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private static async Task<CliRun> RunAloneAsync(IReadOnlyDictionary<string, string>? environment, string[] args, CancellationToken ct)
    {
        var env = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) env[k] = v;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
        });
        console.Profile.Width = 200;
        var code = await ScimConfApp.RunAsync(args, CliContext.WithEnvironment(console, stdout, stderr, env), ct);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(null, CancellationToken.None, args);

    /// <summary>A context that prints nothing and reads and writes <paramref name="env"/> as its environment (for calling command parts directly).</summary>
    public static CliContext Quiet(Dictionary<string, string?> env) =>
        CliContext.WithEnvironment(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null) }), TextWriter.Null, TextWriter.Null, env);
}

internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => new StringBuilder().Append("exit ").Append(ExitCode)
        .Append("\n--- stdout ---\n").Append(Stdout).Append("\n--- stderr ---\n").Append(Stderr).ToString();
}
