namespace ScimConformance.Cli.Infrastructure;

/// <summary>
/// One command line run in this process with a private environment and its output captured, as redirected output is
/// written (<see cref="RedirectedConsole"/>): what the tests' in-process CLI and their run hosts run.
/// </summary>
public sealed record CapturedRun(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<CapturedRun> RunAsync(string[] args, IEnumerable<KeyValuePair<string, string>> environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, value) in environment) variables[name] = value;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = await ScimConfApp.RunAsync(args, CliContext.WithEnvironment(RedirectedConsole.Create(stdout), stdout, stderr, variables), ct);
        return new CapturedRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
