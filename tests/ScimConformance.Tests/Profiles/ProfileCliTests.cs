using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Suites.Profiles;
using ScimConformance.Tests.Cli;

namespace ScimConformance.Tests.Profiles;

/// <summary>`scimconf list --json` shows one replay suite per profile file; `--profile` refuses unknown names.</summary>
[TestFixture]
public sealed class ProfileCliTests
{
    private static readonly string[] OktaAndRippling = ["okta", "rippling"];

    [Test]
    public async Task List_json_shows_every_step_of_every_profile_as_a_check_of_its_provider()
    {
        var run = await InProcessCli.RunAsync("list", "--json");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.Stderr);
        var checks = JsonNode.Parse(run.Stdout)!.AsArray().OfType<JsonObject>().Where(t => (string?)t["area"] == "Profiles").ToArray();
        var byProvider = checks.GroupBy(t => (string?)t["provider"] ?? "").ToDictionary(g => g.Key, g => g.ToArray());
        Assert.That(byProvider.Keys, Is.EquivalentTo(ProfileCatalog.All.Select(p => p.Name)));
        foreach (var profile in ProfileCatalog.All)
        {
            var listed = byProvider[profile.Name];
            Assert.That(listed.Select(t => (string?)t["id"]), Is.EquivalentTo(profile.Steps.Select(s => profile.CheckId(s.Index))), profile.Name);
            Assert.That(listed.Select(t => (string?)t["fullName"]), Has.All.Contain($"ProfileReplayTests({profile.Name})."), "one suite per profile");
            Assert.That(listed.Select(t => (string?)t["step"]), Has.None.Null.And.None.Empty, profile.Name);
            Assert.That(listed.Select(t => (string?)t["confidence"]), Has.All.AnyOf("high", "medium", "low"), profile.Name);
        }
    }

    [Test]
    public async Task Profile_selects_providers_by_name_case_insensitively()
    {
        var output = Directory.CreateTempSubdirectory("scimconf-profile-").FullName;
        try
        {
            var run = await InProcessCli.RunAsync("run", "--demo", "--profile", "OKTA,rippling", "--include", "area:Profiles", "--out", output);
            Assert.That(run.ExitCode, Is.EqualTo(0), run.Stdout + run.Stderr);
            var results = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "results.json")))!.AsObject();
            var ids = results["tests"]!.AsArray().Select(t => (string)t!["id"]!).ToArray();
            var expected = OktaAndRippling.Select(ProfileCatalog.Get).SelectMany(p => p.Steps.Select(s => p.CheckId(s.Index)));
            Assert.That(ids, Is.EquivalentTo(expected));
            Assert.That(results["compatibility"]!["providers"]!.AsArray().Select(p => (string)p!["provider"]!), Is.EquivalentTo(OktaAndRippling));
            Assert.That(run.Stdout, Does.Contain("--profile OKTA,rippling"), "the reproduce command keeps the selection");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Test]
    public async Task An_unknown_profile_is_a_configuration_error()
    {
        var run = await InProcessCli.RunAsync("run", "--demo", "--profile", "okta,no-such-idp", "--out", Path.Combine(Path.GetTempPath(), "scimconf-unused"));
        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr + run.Stdout, Does.Contain("no-such-idp").And.Contain("entra-id"));
    }
}
