using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>When every end-to-end fixture is done, the run hosts are ended (see <see cref="CliHosts"/>).</summary>
[SetUpFixture]
public sealed class EndToEndSetUp
{
    [OneTimeTearDown]
    public Task EndRunHosts() => CliHosts.ShutDownAsync();
}
