using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// Data safety when the ledger could not do its work: `scimconf cleanup` removes what a SIGKILLed run left and
/// nothing else, and a run whose deletes are refused lists every resource it could not remove, by id.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed partial class CleanupTests
{
    [Test]
    public async Task Cleanup_removes_the_leftovers_of_a_killed_run_and_touches_nothing_else()
    {
        await using var server = await ServerFixture.StartAsync(seedUsers: 50, TimeSpan.FromMilliseconds(20));
        using var output = new TemporaryDirectory();
        var seededBefore = await server.SeededAsync();

        // Foreign data that merely looks alike: another run's prefix, and the prefix not at the start.
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
        await CreateUserAsync(http, server, "scimconf-otherrun-keep");
        using var cli = CliProcess.Start(server.RunArgs(output.Path), server.Environment);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (LeftoverCount(await server.RunCreatedAsync()) < 5 && !cli.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        cli.Signal("KILL");
        await cli.WaitAsync(TimeSpan.FromSeconds(30));

        var leftovers = (await server.RunCreatedAsync()).Where(r => !r.Json.Contains("otherrun", StringComparison.Ordinal)).ToArray();
        Assert.That(leftovers, Has.Length.GreaterThanOrEqualTo(5), "the killed run left nothing to clean up");
        var runId = RunIdPattern().Match(leftovers[0].Json).Groups[1].Value;
        await CreateUserAsync(http, server, $"keep-scimconf-{runId}-not-at-start");
        var foreignBefore = (await server.Host.SnapshotAsync()).Where(r => r.Json.Contains("keep", StringComparison.Ordinal)).ToDictionary(r => r.Id, r => r.Json);

        var result = await CliProcess.RunAsync(
            ["cleanup", "--base-url", server.Host.BaseUrl.ToString(), "--token-env", ServerFixture.TokenVariable, "--run-id", runId], server.Environment);

        var foreignAfter = (await server.Host.SnapshotAsync()).Where(r => r.Json.Contains("keep", StringComparison.Ordinal)).ToDictionary(r => r.Id, r => r.Json);
        Assert.Multiple(async () =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That((await server.RunCreatedAsync()).Where(r => r.Json.Contains($"\"scimconf-{runId}-", StringComparison.Ordinal)).Select(r => r.Id), Is.Empty);
            foreach (var left in leftovers)
                Assert.That(result.Stdout, Does.Contain(left.Id), $"cleanup did not list {left.ResourceType}/{left.Id}");
            Assert.That(await server.SeededAsync(), Is.EquivalentTo(seededBefore), "seeded users changed");
            Assert.That(foreignAfter, Is.EquivalentTo(foreignBefore), "look-alike foreign users changed");
            Assert.That(result.Stdout, Does.Not.Contain(server.Token));
        });
    }

    [Test]
    public async Task Cleanup_refuses_a_prefix_outside_the_harness_namespace_without_force()
    {
        var result = await CliProcess.RunAsync(["cleanup", "--base-url", "http://127.0.0.1:9/scim/v2", "--prefix", "seed-"]);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Stdout + result.Stderr, Does.Contain("--force"));
        });
    }

    [Test]
    public async Task Resources_whose_delete_is_refused_are_listed_by_id_on_the_console_and_in_the_report()
    {
        await using var server = await ServerFixture.StartAsync(seedUsers: 5);
        await using var proxy = await ForwardingProxy.StartAsync(new Uri(server.Host.BaseUrl, "/"), "DELETE");
        using var output = new TemporaryDirectory();
        var baseUrl = new Uri(proxy.Root, server.Host.BaseUrl.AbsolutePath.TrimStart('/'));

        var result = await CliProcess.RunAsync(
            ["run", "--base-url", baseUrl.ToString(), "--token-env", ServerFixture.TokenVariable, "--out", output.Path, "--seed", "4242", "--include", "USR-001,GRP-001"],
            server.Environment);

        var left = await server.RunCreatedAsync();
        var report = RunResults.Load(output.Path).Root["leftovers"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(left, Is.Not.Empty, "the refused deletes must have left resources behind");
            Assert.That(report, Is.EquivalentTo(left.Select(r => r.Id)), "results.json leftovers");
            foreach (var r in left)
                Assert.That(result.Stdout, Does.Contain(r.Id), $"console does not list {r.ResourceType}/{r.Id}");
            Assert.That(result.Stdout, Does.Contain("could not be deleted"));
            Assert.That(File.ReadAllText(Path.Combine(output.Path, "summary.md")), Does.Contain(left[0].Id));
        });
    }

    [Test]
    public async Task A_resource_the_target_created_while_answering_409_is_found_deleted_and_named()
    {
        // bulk-409-after-create: the group of a bulk POST exists, but its result says 409 and carries no location.
        await using var server = await ServerFixture.StartAsync(0, global::ScimConformance.ReferenceServer.WriteQuirks.BulkConflictAfterCreate);
        using var output = new TemporaryDirectory();

        var result = await server.RunInHostAsync(output.Path, "--include", "BLK-004");

        var found = RunResults.Load(output.Path).Root["cleanup"]!["found"]!.AsArray();
        Assert.Multiple(async () =>
        {
            Assert.That(await server.RunCreatedAsync(), Is.Empty, "nothing the run created may stay behind");
            Assert.That(found, Has.Count.EqualTo(1), "results.json cleanup.found");
            var path = found[0]!["relativePath"]!.GetValue<string>();
            Assert.That(path, Does.StartWith("Groups/"));
            Assert.That(found[0]!["foundBy"]!.GetValue<string>(), Does.Contain("409"));
            Assert.That(result.Stdout, Does.Contain(path), "the console names the resource the answer hid");
            Assert.That(RunResults.Load(output.Path).Root["leftovers"]!.AsArray(), Is.Empty);
        });
    }

    private static int LeftoverCount(IEnumerable<global::ScimConformance.ReferenceServer.StoredResource> created) =>
        created.Count(r => !r.Json.Contains("otherrun", StringComparison.Ordinal));

    private static async Task CreateUserAsync(HttpClient http, ServerFixture server, string userName)
    {
        using var content = new StringContent(
            $"{{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"userName\":\"{userName}\",\"externalId\":\"{userName}\"}}",
            Encoding.UTF8, "application/scim+json");
        using var response = await http.PostAsync(server.Host.BaseUrl + "/Users", content);
        Assert.That((int)response.StatusCode, Is.EqualTo(201), await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("scimconf-([a-z0-9]+)-")]
    private static partial Regex RunIdPattern();
}
