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
    public static IReadOnlyList<CheckInfo> Explore(IEnumerable<Assembly> assemblies, TestSelection selection) =>
        ExploreChecks(assemblies, selection).Select(t => CheckInfo.Read(t)!).ToArray();

    /// <summary>The selected checks as NUnit's tree holds them (with their fixtures as parents), without running anything.</summary>
    public static IReadOnlyList<ITest> ExploreChecks(IEnumerable<Assembly> assemblies, TestSelection selection)
    {
        var found = new List<ITest>();
        // Explored as a run without parameters would be: every provider's replay, the default counts.
        SuiteParameters.Install(new Dictionary<string, string>());
        try
        {
            foreach (var assembly in assemblies)
            {
                var runner = Load(assembly, new Dictionary<string, string>(), workers: 1);
                var tree = runner.ExploreTests(selection.ToFilter());
                found.AddRange(Leaves(tree).Where(selection.Selects));
            }
            return found;
        }
        finally
        {
            SuiteParameters.Install(null);
        }
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
        SuiteParameters.Install(parameters);
        try
        {
            foreach (var assembly in assemblies)
            {
                if (ct.IsCancellationRequested) return false;
                var runner = Load(assembly, parameters, workers);
                runner.RunAsync(listener, selection.ToFilter());
                if (!await WaitAsync(runner, ct)) return false;
            }
            return !ct.IsCancellationRequested;
        }
        finally
        {
            SuiteParameters.Install(null);
        }
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
        LiftOrder(tree);
        return runner;
    }

    /// <summary>
    /// NUnit dispatches a suite's ordered children first, but only among siblings: a fixture marked [Order] inside an
    /// area would still wait for the areas before it. Giving each enclosing suite the lowest order found below it starts
    /// such fixtures (the longest chains of dependent requests) first in the whole run. Returns that lowest order.
    /// </summary>
    private static int? LiftOrder(ITest test)
    {
        // Only fixtures and the suites above them count: steps ordered inside a fixture (replays) say nothing about when it starts.
        if (!test.IsSuite) return null;
        var own = test.Properties.ContainsKey(NUnit.Framework.Internal.PropertyNames.Order) ? (int?)test.Properties.Get(NUnit.Framework.Internal.PropertyNames.Order) : null;
        var below = test.Tests.Select(LiftOrder).Where(o => o is not null).Min();
        if (own is null && below is not null && test.Parent is not null) test.Properties.Set(NUnit.Framework.Internal.PropertyNames.Order, below.Value);
        return own ?? below;
    }
}
