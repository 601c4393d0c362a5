using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// `scimconf run --read-only` runs only the checks declared non-mutating and provably writes nothing: a counting
/// proxy between the CLI and a seeded reference server sees only safe methods, and the seeded users stay as they were.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed class ReadOnlyRunTests
{
    private static readonly string[] OnlyGet = ["GET"];

    [Test]
    public async Task Read_only_run_sends_only_safe_methods_and_runs_only_non_mutating_checks()
    {
        await using var server = await ServerFixture.StartAsync(seedUsers: 20);
        using var http = new HttpClient();
        await using var proxy = await CountingProxy.StartAsync(new Uri(server.Host.BaseUrl, "/"), http);
        using var output = new TemporaryDirectory();
        var seededBefore = await server.SeededAsync();
        var proxiedBase = new Uri(proxy.Root, server.Host.BaseUrl.AbsolutePath.TrimStart('/'));

        var result = await CliHosts.RunAsync(
            ["run", "--base-url", proxiedBase.ToString(), "--token-env", ServerFixture.TokenVariable, "--out", output.Path, "--seed", "4242", "--read-only"],
            server.Environment);

        var results = RunResults.Load(output.Path);
        var methods = proxy.Requests.GroupBy(r => r.Method).ToDictionary(g => g.Key, g => g.Count());
        Assert.Multiple(async () =>
        {
            Assert.That(methods.Keys, Is.EquivalentTo(OnlyGet), "methods the proxy saw: " + string.Join(", ", methods.Select(m => $"{m.Key} x{m.Value}")));
            Assert.That(methods.GetValueOrDefault("GET"), Is.GreaterThanOrEqualTo(results.Tests.Count), "every check reads at least once");
            Assert.That(results.Tests, Has.Count.GreaterThanOrEqualTo(25), "the read-only checks ran");
            Assert.That(results.Tests.Select(t => t.Id), Has.None.StartsWith("USR-").And.None.StartsWith("GRP-").And.None.StartsWith("QRY-"),
                "checks that create data must not run read-only");
            Assert.That(results.Describe("fail", "error"), Is.Empty);
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(result.Stdout, Does.Contain("--read-only"), "the reproduce command keeps --read-only");
            Assert.That(await server.SeededAsync(), Is.EquivalentTo(seededBefore));
            Assert.That(await server.RunCreatedAsync(), Is.Empty);
        });
    }

    [TestCase("POST")]
    [TestCase("PUT")]
    [TestCase("PATCH")]
    [TestCase("DELETE")]
    public async Task Read_only_client_refuses_writes_before_they_reach_the_wire(string method)
    {
        await using var stub = await StubHttpServer.StartAsync(c => StubHttpServer.Respond(c, 200, "application/scim+json", "{}"));
        var settings = TestSettings.For(stub.ScimBase) with { ReadOnly = true };
        using var client = new ScimClient(settings, global::ScimConformance.Core.Auth.AuthProviderFactory.Create(settings), new ExchangeJournal());

        var error = (await Assert.ThrowsAsync<ScimTransportException>(() =>
            client.SendAsync(new ScimRequest(new HttpMethod(method), "Users/1") { Json = new System.Text.Json.Nodes.JsonObject() })))!;
        var read = await client.GetAsync("Users/1");

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("--read-only").And.Contain(method));
            Assert.That(stub.Requests.Select(r => r.Method), Is.EqualTo(OnlyGet), "only the GET reached the server");
            Assert.That(read.Status, Is.EqualTo(200));
        });
    }

    [Test]
    public void A_check_that_does_not_say_otherwise_counts_as_mutating()
    {
        var attribute = new ScimTestAttribute("ABC-001", "title", Areas.Users, Severity.Low, "R7644-3.3-01");
        Assert.That(attribute.Mutates, Is.True);
    }
}
