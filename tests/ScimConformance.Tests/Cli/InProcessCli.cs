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
        var run = await CapturedRun.RunAsync(args, environment ?? new Dictionary<string, string>(), ct);
        return new CliRun(run.ExitCode, run.Stdout, run.Stderr);
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
