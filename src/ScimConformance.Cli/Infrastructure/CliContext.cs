using System.Reflection;
using Spectre.Console;

namespace ScimConformance.Cli.Infrastructure;

/// <summary>
/// What commands use from the outside world, injected so tests can run the CLI in-process with captured
/// output and a fake environment.
/// </summary>
public sealed class CliContext
{
    public required IAnsiConsole Console { get; init; }
    /// <summary>Raw standard output, for machine-readable output (JSON) that must not be wrapped or styled.</summary>
    public required TextWriter Out { get; init; }
    public required TextWriter Error { get; init; }
    public Func<string, string?> GetEnvironment { get; init; } = Environment.GetEnvironmentVariable;
    public Action<string, string?> SetEnvironment { get; init; } = Environment.SetEnvironmentVariable;
    /// <summary>The suites that ship with the harness.</summary>
    public Func<Assembly> BuiltInSuites { get; init; } = () => Assembly.Load(new AssemblyName("ScimConformance.Suites"));
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A context whose commands read and write <paramref name="environment"/> instead of the process's.</summary>
    public static CliContext WithEnvironment(IAnsiConsole console, TextWriter output, TextWriter error, Dictionary<string, string?> environment) => new()
    {
        Console = console,
        Out = output,
        Error = error,
        GetEnvironment = name => environment.GetValueOrDefault(name),
        SetEnvironment = (name, value) => environment[name] = value,
    };
}
