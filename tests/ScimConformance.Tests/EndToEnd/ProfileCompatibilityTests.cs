using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;
using ScimConformance.Suites.Profiles;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The identity-provider replay end to end: against the compliant reference server every provider is
/// compatible and nothing is left behind; each profile defect switch turns exactly its named steps red
/// in the matrix and makes the provider that owns them incompatible.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
// Each case is its own server and CLI process.
[Parallelizable(ParallelScope.Children)]
public sealed class ProfileCompatibilityTests
{
    private static IEnumerable<TestCaseData> ProfileDefectNames() =>
        new[] { ProfileDefects.PatchOpCaseSensitive, ProfileDefects.StringBooleans500, ProfileDefects.FilterPlusNotDecoded, ProfileDefects.PatchReadOnlyIdRejected, ProfileDefects.StringFalseIsTruthy }
            .Select(n => new TestCaseData(n).SetName($"Defect_{n}_turns_its_provider_cells_red"));

    [Test]
    public async Task Against_the_compliant_server_every_provider_is_compatible_and_nothing_remains()
    {
        await using var server = await ServerFixture.StartAsync(seedUsers: 5);
        using var output = new TemporaryDirectory();
        var result = await server.RunInHostAsync(output.Path, "--include", "area:Profiles");

        var results = RunResults.Load(output.Path);
        var left = await server.RunCreatedAsync();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(results.Describe("fail", "error"), Is.Empty);
            Assert.That(results.Tests, Has.Count.EqualTo(ProfileCatalog.All.Sum(p => p.Steps.Count)));
            var providers = Providers(results);
            Assert.That(providers.Keys, Is.EquivalentTo(ProfileCatalog.All.Select(p => p.Name)));
            Assert.That(providers.Where(p => (string?)p.Value["verdict"] != "compatible").Select(p => p.Key), Is.Empty, "providers not compatible");
            var notes = results.Tests.Where(t => t.Outcome == "skip").ToArray();
            Assert.That(notes.Select(t => t.Id), Is.EquivalentTo(ProfileCatalog.All.SelectMany(p => p.Steps.Where(s => s.Informational).Select(s => p.CheckId(s.Index)))));
            Assert.That(notes.Select(t => t.Message), Has.All.Contain("not sent"));
            Assert.That(left, Is.Empty, "replay resources left behind");
        });
    }

    [TestCaseSource(nameof(ProfileDefectNames))]
    public async Task A_profile_defect_fails_exactly_its_steps_and_makes_their_provider_incompatible(string name)
    {
        var defect = DefectCatalog.Find(name)!;
        await using var server = await ServerFixture.StartAsync(seedUsers: 0, name);
        using var output = new TemporaryDirectory();
        var result = await server.RunInHostAsync(output.Path, "--include", "area:Profiles");

        var results = RunResults.Load(output.Path);
        var providers = Providers(results);
        // Checks of other areas that also catch the defect do not run here (--include area:Profiles).
        var replaySteps = defect.CaughtBy.Where(id => ProfileCatalog.All.Any(p => id.StartsWith(p.Code + "-", StringComparison.Ordinal))).ToArray();
        Assert.That(replaySteps, Is.Not.Empty);
        var owners = replaySteps.Select(id => ProfileCatalog.All.Single(p => id.StartsWith(p.Code + "-", StringComparison.Ordinal)).Name).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(1), result.ToString());
            Assert.That(results.IdsWithOutcome("fail"), Is.EquivalentTo(replaySteps), results.Describe("fail", "error"));
            Assert.That(results.IdsWithOutcome("error"), Is.Empty, results.Describe("error"));
            foreach (var id in replaySteps)
            {
                var owner = owners.Single(o => providers[o]["steps"]!.AsArray().Any(s => Ids(s).Contains(id)));
                var cell = providers[owner]["steps"]!.AsArray().Single(s => Ids(s).Contains(id))!;
                Assert.That((string?)cell["outcome"], Is.EqualTo("fail"), $"matrix cell of {id}");
            }
            Assert.That(owners.Select(o => (string?)providers[o]["verdict"]), Has.All.EqualTo("incompatible"));
            Assert.That(providers.Where(p => !owners.Contains(p.Key) && (string?)p.Value["verdict"] == "incompatible").Select(p => p.Key), Is.Empty,
                "other providers stay unaffected");
        });
    }

    private static Dictionary<string, JsonObject> Providers(RunResults results) =>
        results.Root["compatibility"]!["providers"]!.AsArray().OfType<JsonObject>().ToDictionary(p => (string)p["provider"]!, p => p);

    private static string[] Ids(JsonNode? step) => step!["testIds"]!.AsArray().Select(i => (string)i!).ToArray();
}
