using System.Reflection;
using NUnit;
using NUnit.Framework.Api;
using NUnit.Framework.Interfaces;
using ScimConformance.Authoring;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Selection;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// Hosts NUnit's own framework runner in this process, so a suite is a plain NUnit fixture that also
/// runs under `dotnet test` and in an IDE. The test parameters reach fixtures exactly as a
/// .runsettings file's TestRunParameters would.
/// </summary>
public static class NUnitSession
{
    /// <summary>How long checks already running may take to finish after a stop was requested.</summary>
    public static TimeSpan StopGrace { get; set; } = TimeSpan.FromSeconds(45);

    /// <summary>The selected checks of the given assemblies, without running anything.</summary>
    public static IReadOnlyList<CheckInfo> Explore(IEnumerable<Assembly> assemblies, TestSelection selection)
    {
        var found = new List<CheckInfo>();
        foreach (var assembly in assemblies)
        {
            var runner = Load(assembly, new Dictionary<string, string>(), workers: 1);
            var tree = runner.ExploreTests(selection.ToFilter());
            found.AddRange(Leaves(tree).Where(selection.Selects).Select(CheckInfo.Read).OfType<CheckInfo>());
        }
        return found;
    }

    /// <summary>Every test under a node of the NUnit tree, in tree order.</summary>
    private static IEnumerable<ITest> Leaves(ITest node) =>
        node.IsSuite ? node.Tests.SelectMany(Leaves) : [node];

    /// <summary>
    /// Runs the selected checks of each assembly in turn, reporting to the listener. Returns false when
    /// cancellation stopped the run before everything ran. With more than one worker, fixtures marked
    /// parallelizable run side by side (the suites mark all of theirs but the few that must run alone);
    /// the tests of one fixture always run one after another.
    /// </summary>
    public static async Task<bool> RunAsync(IEnumerable<Assembly> assemblies, TestSelection selection,
        IReadOnlyDictionary<string, string> parameters, ITestListener listener, CancellationToken ct, int workers = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        foreach (var assembly in assemblies)
        {
            if (ct.IsCancellationRequested) return false;
            var runner = Load(assembly, parameters, workers);
            runner.RunAsync(listener, selection.ToFilter());
            if (!await WaitAsync(runner, ct)) return false;
        }
        return !ct.IsCancellationRequested;
    }

    private static async Task<bool> WaitAsync(NUnitTestAssemblyRunner runner, CancellationToken ct)
    {
        while (!runner.WaitForCompletion(0))
        {
            if (ct.IsCancellationRequested)
            {
                runner.StopRun();
                var deadline = DateTime.UtcNow + StopGrace;
                while (!runner.WaitForCompletion(0) && DateTime.UtcNow < deadline)
                    await Task.Delay(50, CancellationToken.None);
                return false;
            }
            await Task.Delay(50, CancellationToken.None);
        }
        return true;
    }

    private static NUnitTestAssemblyRunner Load(Assembly assembly, IReadOnlyDictionary<string, string> parameters, int workers)
    {
        var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
        var settings = new Dictionary<string, object>
        {
            [FrameworkPackageSettings.TestParametersDictionary] = parameters.ToDictionary(p => p.Key, p => p.Value),
            // No workers at all means NUnit's simple dispatcher: one test after another, as before --parallel.
            [FrameworkPackageSettings.NumberOfTestWorkers] = workers == 1 ? 0 : workers,
        };
        var tree = runner.Load(assembly, settings);
        if (tree.RunState == RunState.NotRunnable)
        {
            var reason = tree.Properties.Get(NUnit.Framework.Internal.PropertyNames.SkipReason)?.ToString() ?? "unknown reason";
            throw new Core.Configuration.ConfigurationException($"NUnit cannot load the suites in {assembly.GetName().Name}: {reason}");
        }
        return runner;
    }
}
