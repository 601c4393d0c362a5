using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Cli.Commands.Shared;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The compliant reference server on its secure setup (`scimconf run --demo --demo-security`): every check of every
/// area passes or is skipped/warned, and the expiry check really waited for the short-lived token to expire.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed class SecureDemoRunTests
{
    private static readonly int[] AcceptedThenRefused = [200, 401];

    [Test]
    public async Task Compliant_secure_demo_run_has_no_failures_and_waits_for_a_real_expiry()
    {
        using var output = new TemporaryDirectory();

        var result = await CliHosts.RunAsync(["run", "--demo", "--demo-security", "--seed", "4242", "--out", output.Path], timeout: TimeSpan.FromMinutes(15));

        var results = RunResults.Load(output.Path);
        var expiry = results.Root["tests"]!.AsArray().OfType<JsonObject>().Single(t => (string?)t["id"] == "SEC-020");
        var exchanges = expiry["exchanges"]!.AsArray().OfType<JsonObject>()
            .Where(e => (string?)e["method"] == "GET" && ((string?)e["url"])!.EndsWith("/Users", StringComparison.Ordinal))
            .Select(e => (int)e["status"]!).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(results.IdsWithOutcome("fail"), Is.Empty, results.Describe("fail"));
            Assert.That(results.IdsWithOutcome("error"), Is.Empty, results.Describe("error"));
            Assert.That((string?)expiry["outcome"], Is.EqualTo("pass"), results.Describe("pass", "skip", "warn", "fail", "error"));
            Assert.That((string?)expiry["message"], Does.StartWith("Waited for expiry:").And.Contain("refused with 401"));
            Assert.That(TimeSpan.Parse((string)expiry["duration"]!, System.Globalization.CultureInfo.InvariantCulture),
                Is.GreaterThanOrEqualTo(TargetResolver.DemoTokenTtl), "the check returned before the token could have expired");
            // The same token: accepted before its expiry, then refused.
            Assert.That(exchanges, Is.EqualTo(AcceptedThenRefused), "GET /Users statuses of SEC-020");
        });
    }
}
