using System.Text.Json.Nodes;
using NUnit.Framework;

// Expected values read best inline in assertions.
#pragma warning disable CA1861

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// `scimconf load` run as a real process: it completes the flows, prints percentiles, writes load.json and
/// leaves nothing with its run prefix on the endpoint, also when stopped by a signal halfway.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed class LoadCommandTests
{
    private static JsonNode LoadJson(string directory) => JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "load.json")))!;

    [Test]
    public async Task Demo_burst_of_200_users_completes_prints_percentiles_and_leaves_nothing()
    {
        using var output = new TemporaryDirectory();
        var result = await CliHosts.RunAsync(["load", "--demo", "--users", "200", "--concurrency", "16", "--out", output.Path], timeout: TimeSpan.FromMinutes(4));
        var load = LoadJson(output.Path);
        var steps = load["steps"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(result.Stdout, Does.Contain("p95").And.Contain("p99").And.Contain("requests/s"));
            Assert.That(result.Stdout, Does.Contain("Users with the run prefix still on the endpoint: 0"));
            Assert.That(load["stoppedBy"]!.GetValue<string>(), Is.EqualTo("completed"));
            Assert.That(load["flowsSucceeded"]!.GetValue<int>(), Is.EqualTo(200));
            Assert.That(load["requests"]!.GetValue<int>(), Is.EqualTo(1000), "five requests per user, none throttled");
            Assert.That(steps.Select(s => s!["step"]!.GetValue<string>()), Is.EqualTo(new[] { "create", "lookup", "update", "deactivate", "delete" }));
            Assert.That(steps.Select(s => s!["count"]!.GetValue<int>()), Is.All.EqualTo(200));
            Assert.That(steps.Select(s => s!["p95Ms"]!.GetValue<double>()), Is.All.GreaterThan(0));
            Assert.That(load["errors"]!.AsArray(), Is.Empty);
            Assert.That(load["leftovers"]!.AsArray(), Is.Empty);
            Assert.That(load["remainingOnServer"]!.GetValue<int>(), Is.Zero);
        });
    }

    [Test]
    public async Task Against_a_target_nothing_with_the_run_prefix_is_left_and_seeded_users_are_untouched()
    {
        await using var server = await ServerFixture.StartAsync(20);
        using var output = new TemporaryDirectory();
        var seededBefore = await server.SeededAsync();
        var result = await CliHosts.RunAsync(
            ["load", "--base-url", server.Host.BaseUrl.ToString(), "--token-env", ServerFixture.TokenVariable, "--users", "60", "--concurrency", "8", "--rate", "400", "--out", output.Path],
            server.Environment, TimeSpan.FromMinutes(4));
        Assert.Multiple(async () =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.ToString());
            Assert.That(LoadJson(output.Path)["flowsSucceeded"]!.GetValue<int>(), Is.EqualTo(60));
            Assert.That((await server.RunCreatedAsync()).Select(r => $"{r.ResourceType}/{r.Id}"), Is.Empty);
            Assert.That(await server.SeededAsync(), Is.EquivalentTo(seededBefore));
        });
    }

    [Test]
    public async Task A_signal_mid_burst_still_deletes_every_user_it_created()
    {
        // A slow endpoint keeps the burst going long enough to be interrupted halfway.
        await using var server = await ServerFixture.StartAsync(0, TimeSpan.FromMilliseconds(30));
        using var output = new TemporaryDirectory();
        using var cli = CliProcess.Start(
            ["load", "--base-url", server.Host.BaseUrl.ToString(), "--token-env", ServerFixture.TokenVariable, "--users", "5000", "--concurrency", "8", "--out", output.Path],
            server.Environment);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await server.RunCreatedAsync()).Count < 4 && !cli.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        Assert.That(await server.RunCreatedAsync(), Has.Count.GreaterThanOrEqualTo(4), "the burst never had users in flight:\n" + cli.StdoutSoFar);

        cli.Signal("TERM");
        var result = await cli.WaitAsync(TimeSpan.FromSeconds(90));
        Assert.Multiple(async () =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(130), result.ToString());
            Assert.That((await server.RunCreatedAsync()).Select(r => $"{r.ResourceType}/{r.Id}"), Is.Empty, "run-prefixed users left after the signal");
            Assert.That(LoadJson(output.Path)["stoppedBy"]!.GetValue<string>(), Is.EqualTo("interrupted"));
        });
    }
}
