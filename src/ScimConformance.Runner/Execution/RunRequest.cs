using System.Reflection;
using ScimConformance.Runner.Selection;

namespace ScimConformance.Runner.Execution;

/// <summary>What to run, against which target (as <see cref="Core.Configuration.ParameterNames"/> parameters).</summary>
public sealed record RunRequest
{
    /// <summary>Test parameters: the same names and meaning as a .runsettings file's TestRunParameters.</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }
    public required IReadOnlyList<Assembly> Assemblies { get; init; }
    public TestSelection Selection { get; init; } = TestSelection.All;
    /// <summary>The command line that reproduces the run, already free of secrets.</summary>
    public string Command { get; init; } = "";
    /// <summary>Where secrets named by the parameters are looked up (tokenEnv...).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;
    /// <summary>How many fixtures may run at once (1: one check after another); null: as many as the endpoint's distance calls for (<see cref="WorkerCount"/>).</summary>
    public int? Workers { get; init; } = 1;
    /// <summary>
    /// --include terms naming checks generated from the target's discovery (ATT-...): none may match nothing once the run
    /// has discovered the target, or the run stops with a configuration error before any check runs.
    /// </summary>
    public IReadOnlyList<string> GeneratedIncludes { get; init; } = [];
    /// <summary>How long deleting what the run created may take, even after an interruption.</summary>
    public TimeSpan CleanupTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
