using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>A run host answers each command line with that run's own exit code, output and environment.</summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed class CliHostsTests
{
    private const string TokenVariable = "CLI_HOST_TEST_TOKEN";
    private static readonly string[] Discover = ["discover", "--base-url", "http://127.0.0.1:9/scim/v2", "--token-env", TokenVariable];

    [Test]
    public async Task Each_command_line_gets_its_own_exit_code_output_and_environment()
    {
        var withoutToken = await CliHosts.RunAsync(Discover);
        var withToken = await CliHosts.RunAsync(Discover, new Dictionary<string, string> { [TokenVariable] = "not-a-real-token" });
        var list = await CliHosts.RunAsync(["list", "--json"]);

        Assert.Multiple(() =>
        {
            Assert.That(withoutToken.ExitCode, Is.Not.Zero, withoutToken.ToString());
            Assert.That(withoutToken.Stderr, Does.Contain(TokenVariable).And.Contain("is not set"), withoutToken.ToString());
            Assert.That(withToken.ExitCode, Is.Not.Zero, withToken.ToString());
            Assert.That(withToken.Stderr, Does.Not.Contain("is not set"), "the run did not see the environment it was given");
            Assert.That(withToken.Stdout + withToken.Stderr, Does.Not.Contain("not-a-real-token"));
            Assert.That(list.ExitCode, Is.Zero, list.ToString());
            Assert.That(JsonNode.Parse(list.Stdout)!.AsArray(), Has.Count.GreaterThanOrEqualTo(45));
            Assert.That(list.Stderr, Does.Not.Contain(TokenVariable), "a run's output carried over into the next");
        });
    }

    [Test]
    public async Task Output_that_bypasses_a_runs_writers_goes_with_that_run()
    {
        const string line = "a line written to the host's own standard error";
        var written = await CliHosts.RunAsync(["list", "--json"], stray: line);
        var next = await CliHosts.RunAsync(["list", "--json"]);

        Assert.Multiple(() =>
        {
            Assert.That(written.Stderr, Does.Contain(line), written.ToString());
            Assert.That(written.Stderr, Does.Not.Contain("scimconf-host: end of run"), "the end-of-run line is the hosts' own");
            Assert.That(next.Stderr, Does.Not.Contain(line), "a run's stray output carried over into the next");
        });
    }
}
