using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The deprovisioning area through the real CLI: at least 25 checks, all passing against the compliant
/// reference server with foreign users beside the run's, the leaver checks' timelines in results.json and
/// report.html, and a lifecycle defect turning the timeline red where the leaver keeps access.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed class DeprovisioningRunTests
{
    private static readonly string[] ScaleActions = ["create", "deactivate", "confirm inactive", "delete", "confirm 404", "confirm unlisted"];
    private static readonly string[] RedJourneySteps = ["confirm inactive"];

    [Test]
    public async Task The_compliant_server_passes_every_deprovisioning_check_and_the_leavers_record_timelines()
    {
        await using var server = await ServerFixture.StartAsync(seedUsers: 20);
        using var output = new TemporaryDirectory();
        var seeded = await server.SeededAsync();

        var result = await server.RunInHostAsync(output.Path, "--include", "area:Deprovisioning");

        var results = RunResults.Load(output.Path);
        var tests = results.Root["tests"]!.AsArray();
        var scale = Timeline(tests, "DPR-033");
        var journey = Timeline(tests, "DPR-032");
        var seededAfter = await server.SeededAsync();
        var left = await server.RunCreatedAsync();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(results.Tests.Count(t => t.Id.StartsWith("DPR-", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(25));
            Assert.That(results.Describe("fail", "error", "warn"), Is.Empty);
            Assert.That(scale.Select(s => s!["action"]!.GetValue<string>()),
                Is.EqualTo(ScaleActions));
            Assert.That(scale.Where(s => s!["count"] is not null).Select(s => s!["count"]!.GetValue<int>()), Has.All.EqualTo(100));
            Assert.That(journey.Select(s => s!["outcome"]!.GetValue<string>()), Does.Contain("404 confirmed").And.Contain("active=false confirmed"));
            Assert.That(journey.Select(s => s!["expected"]!.GetValue<bool>()), Has.All.True);
            Assert.That(File.ReadAllText(Path.Combine(output.Path, "report.html")), Does.Contain("id=\"timeline\""));
            Assert.That(seededAfter, Is.EquivalentTo(seeded), "foreign users are untouched");
            Assert.That(left, Is.Empty, "the run left nothing behind");
        });
    }

    [Test]
    public async Task A_deactivation_that_is_not_stored_shows_as_a_red_step_of_the_leaver_journey()
    {
        await using var server = await ServerFixture.StartAsync(0, LifecycleDefects.DeactivationIgnored);
        using var output = new TemporaryDirectory();

        await server.RunInHostAsync(output.Path, "--include", "DPR-032");

        var tests = RunResults.Load(output.Path).Root["tests"]!.AsArray();
        var red = Timeline(tests, "DPR-032").Where(s => !s!["expected"]!.GetValue<bool>()).Select(s => s!["action"]!.GetValue<string>()).ToArray();
        Assert.That(red, Is.EqualTo(RedJourneySteps));
    }

    private static JsonArray Timeline(JsonArray tests, string id) =>
        tests.Single(t => t!["id"]!.GetValue<string>() == id)!["timeline"]!.AsArray();
}
