using NUnit.Framework;
using ScimConformance.Tests.EndToEnd;

namespace ScimConformance.Tests;

/// <summary>
/// Before the first test, the test command (test.sh) has the switch tests' runs start (<see cref="EarlyRunsVariable"/>):
/// they then fill the cores while fixtures that must run alone hold one worker. When every test is done, the run hosts
/// are ended (see <see cref="CliHosts"/>).
/// </summary>
[SetUpFixture]
public sealed class RunHostsSetUp
{
    /// <summary>Set to 1 to start the switch runs with the first test rather than when their fixtures come up (a filtered run need not pay for them).</summary>
    public const string EarlyRunsVariable = "SCIMCONF_SWITCH_RUNS_EARLY";

    [OneTimeSetUp]
    public void StartSwitchRuns()
    {
        if (Environment.GetEnvironmentVariable(EarlyRunsVariable) != "1") return;
        // Not awaited: each switch fixture awaits the same plan, and its failure, when it comes up.
        _ = DefectSwitchTests.StartRunsAsync();
        _ = BenignSwitchTests.StartRunsAsync();
    }

    [OneTimeTearDown]
    public Task EndRunHosts() => CliHosts.ShutDownAsync();
}
