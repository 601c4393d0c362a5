using System.Reflection;
using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Catalog;
using ScimConformance.Suites.Profiles;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Profiles;

/// <summary>The profile files ship inside the suites, all valid, and a broken one stops the load naming file and pointer.</summary>
[TestFixture]
public sealed class ProfileLoaderTests
{
    private static readonly int[] Created = [201];
    private static readonly string[] OktaAndEntra = ["okta", "entra-id"];
    private static readonly string[] Entra = ["entra"];

    private const string ValidStep = """
        {"step":"user.create","variant":"all","method":"POST","path":"/Users","query":null,"headers":null,
         "body":{"userName":"{{userName}}"},"expect":{"status":[201]},"captures":{"{{id}}":"$.id"},"source":"test","confidence":"high"}
        """;

    [Test]
    public void Every_profile_file_of_the_repository_is_embedded_and_loads()
    {
        var files = Directory.GetFiles(Path.Combine(RepositoryRoot.Find(), "profiles"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(n => n != "profile.schema")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.That(files, Has.Length.GreaterThanOrEqualTo(7));
        Assert.That(ProfileCatalog.All.Select(p => p.Name), Is.EqualTo(files));
        Assert.That(ProfileCatalog.All.Sum(p => p.Steps.Count), Is.GreaterThanOrEqualTo(100));
    }

    [Test]
    public void Replay_check_ids_are_well_formed_unique_and_distinct_from_the_other_checks()
    {
        var replayIds = ProfileCatalog.All.SelectMany(p => p.Steps.Select(s => p.CheckId(s.Index))).ToArray();
        Assert.That(replayIds, Is.Unique);
        Assert.That(replayIds.Where(id => !Regex.IsMatch(id, "^[A-Z]{3}-[0-9]{3}$")), Is.Empty);
        var otherIds = typeof(Suites.RunSetUp).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<ScimTestAttribute>()?.Id).OfType<string>();
        Assert.That(replayIds.Intersect(otherIds), Is.Empty);
        Assert.That(ProfileCatalog.Get("okta").CheckId(0), Is.EqualTo("OKT-001"));
        Assert.That(ProfileCatalog.Get("entra-id").CheckId(16), Is.EqualTo("ENT-017"));
    }

    [Test]
    public void Every_step_cites_catalogue_ids()
    {
        var cited = ProfileCatalog.All.SelectMany(p => p.Steps.SelectMany(StepRequirements.Of)).Distinct().ToArray();
        Assert.That(cited, Does.Contain(StepRequirements.Compatibility));
        Assert.That(cited.Where(r => !RequirementCatalog.Default.Contains(r)), Is.Empty);
    }

    [Test]
    public void A_value_outside_the_schema_names_the_file_and_the_json_pointer()
    {
        var broken = "[" + ValidStep + "," + ValidStep.Replace("\"high\"", "\"certain\"", StringComparison.Ordinal) + "]";
        var e = Assert.Throws<ProfileLoadException>(() => ProfileLoader.Parse("broken.json", broken))!;
        Assert.That(e.Message, Does.Contain("broken.json"));
        Assert.That(e.Message, Does.Contain("/1/confidence"));
    }

    [Test]
    public void A_missing_field_and_a_sent_informational_step_are_refused_with_their_pointer()
    {
        var missing = "[" + ValidStep.Replace("\"source\":\"test\",", "", StringComparison.Ordinal) + "]";
        var e1 = Assert.Throws<ProfileLoadException>(() => ProfileLoader.Parse("nosource.json", missing))!;
        Assert.That(e1.Message, Does.Contain("nosource.json").And.Contain("/0").And.Contain("source"));

        var informational = "[" + ValidStep.Replace("\"confidence\":\"high\"", "\"confidence\":\"high\",\"informational\":true", StringComparison.Ordinal) + "]";
        var e2 = Assert.Throws<ProfileLoadException>(() => ProfileLoader.Parse("note.json", informational))!;
        Assert.That(e2.Message, Does.Contain("note.json").And.Contain("/0/method"));
    }

    [Test]
    public void Malformed_json_and_a_bad_file_name_are_refused()
    {
        var e1 = Assert.Throws<ProfileLoadException>(() => ProfileLoader.Parse("truncated.json", "[" + ValidStep))!;
        Assert.That(e1.Message, Does.Contain("truncated.json").And.Contain("not valid JSON"));
        var e2 = Assert.Throws<ProfileLoadException>(() => ProfileLoader.Parse("Ok Ta.json", "[" + ValidStep + "]"))!;
        Assert.That(e2.Message, Does.Contain("Ok Ta.json"));
    }

    [Test]
    public void A_valid_profile_parses_into_steps()
    {
        var profile = ProfileLoader.Parse("acme-idp.json", "[" + ValidStep + "]");
        Assert.That(profile.Name, Is.EqualTo("acme-idp"));
        Assert.That(profile.Code, Is.EqualTo("ACM"));
        Assert.That(profile.Steps[0].ExpectedStatus, Is.EqualTo(Created));
        Assert.That(profile.Steps[0].Captures.Single().Key, Is.EqualTo("{{id}}"));
        Assert.That(profile.Steps[0].IsHighConfidence, Is.True);
    }

    [Test]
    public void Selection_is_case_insensitive_and_reports_unknown_names()
    {
        var selected = ProfileCatalog.Resolve("OKTA, Entra-ID", out var unknown);
        Assert.That(selected, Is.EquivalentTo(OktaAndEntra));
        Assert.That(unknown, Is.Empty);
        ProfileCatalog.Resolve("okta,entra", out unknown);
        Assert.That(unknown, Is.EqualTo(Entra));
        Assert.That(ProfileCatalog.Resolve("", out _), Has.Count.EqualTo(ProfileCatalog.All.Count));
    }
}
