using NUnit.Framework;
using ScimConformance.Tests.EndToEnd;

namespace ScimConformance.Tests;

/// <summary>When every test is done, the run hosts are ended (see <see cref="CliHosts"/>).</summary>
[SetUpFixture]
public sealed class RunHostsSetUp
{
    [OneTimeTearDown]
    public Task EndRunHosts() => CliHosts.ShutDownAsync();
}
