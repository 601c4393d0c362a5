using NUnit.Framework;
using ScimConformance.Tests.EndToEnd;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>
/// RFC 7644 §3.5.2 lets a successful PATCH answer 204 No Content. The reference server always answers 200, so
/// the PATCH checks run against it through a proxy that answers 204 instead: nothing may fail or error.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class NoContentPatchEndToEndTests
{
    [Test]
    public async Task Patch_checks_accept_204_without_body()
    {
        await using var server = await ServerFixture.StartAsync();
        await using var proxy = new NoContentPatchProxy(server.Host.BaseUrl);
        using var output = new TemporaryDirectory();

        var result = await CliHosts.RunAsync(
            ["run", "--base-url", proxy.BaseUrl.ToString(), "--token-env", ServerFixture.TokenVariable, "--out", output.Path,
             "--seed", "4242", "--include", "area:Patch", "--generated", "20"],
            server.Environment);

        var results = RunResults.Load(output.Path);
        Assert.Multiple(() =>
        {
            Assert.That(proxy.Rewritten, Is.GreaterThan(50), "PATCH answers turned into 204");
            Assert.That(results.IdsWithOutcome("pass"), Does.Contain("PAT-001").And.Contain("PAT-060").And.Contain("PAT-022"));
            Assert.That(results.IdsWithOutcome("fail"), Is.Empty, results.Describe("fail"));
            Assert.That(results.IdsWithOutcome("error"), Is.Empty, results.Describe("error"));
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        });
    }
}
