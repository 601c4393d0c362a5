using System.Text.Json.Nodes;
using NUnit.Framework;
using NUnit.Framework.Internal;
using ScimConformance.Authoring;
using ScimConformance.Runner.Execution;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Model.Compatibility;
using ScimConformance.Runner.Reporting;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class CompatibilityMatrixTests
{
    private static ProviderCompatibility Provider(RunResult run, string name) => run.Compatibility.Providers.Single(p => p.Provider == name);

    [Test]
    public void A_failed_high_confidence_step_makes_the_provider_incompatible()
    {
        var okta = Provider(ProviderRuns.Mixed(), "okta");
        Assert.Multiple(() =>
        {
            Assert.That(okta.Verdict, Is.EqualTo(CompatibilityVerdict.Incompatible));
            Assert.That(okta.Steps.Select(s => (s.Step, s.Outcome, s.Confidence)), Is.EqualTo(new[]
            {
                ("group.push", Outcome.Warn, StepConfidence.Low),
                ("user.create", Outcome.Pass, StepConfidence.High),
                ("user.deactivate", Outcome.Fail, StepConfidence.High),
            }));
        });
    }

    [Test]
    public void A_failed_low_confidence_step_leaves_the_provider_unconfirmed()
    {
        var entra = Provider(ProviderRuns.Mixed(), "entra");
        Assert.That(entra.Verdict, Is.EqualTo(CompatibilityVerdict.Unconfirmed));
        Assert.That(entra.Steps.Single(s => s.Step == "user.deactivate").Outcome, Is.EqualTo(Outcome.Fail));
    }

    [Test]
    public void Passes_and_warnings_are_compatible_and_providers_are_sorted()
    {
        var run = ProviderRuns.Mixed();
        Assert.Multiple(() =>
        {
            Assert.That(Provider(run, "onelogin").Verdict, Is.EqualTo(CompatibilityVerdict.Compatible));
            Assert.That(run.Compatibility.Providers.Select(p => p.Provider), Is.EqualTo(new[] { "entra", "okta", "onelogin" }));
            Assert.That(Provider(run, "onelogin").Steps[0].Confidence, Is.EqualTo(StepConfidence.High), "no scim.confidence counts as high");
        });
    }

    [Test]
    public void Accepted_failures_and_errors_are_not_compatible()
    {
        var run = ProviderRuns.Mixed();
        var accepted = run with { Tests = run.Tests.Select(t => t.Check.Id == "OKTA-002" ? t with { Outcome = Outcome.Accepted } : t).ToArray() };
        var errored = run with { Tests = run.Tests.Select(t => t.Check.Id == "OKTA-002" ? t with { Outcome = Outcome.Error } : t).ToArray() };
        Assert.Multiple(() =>
        {
            Assert.That(Provider(accepted, "okta").Verdict, Is.EqualTo(CompatibilityVerdict.Incompatible));
            Assert.That(Provider(errored, "okta").Verdict, Is.EqualTo(CompatibilityVerdict.Unconfirmed));
        });
    }

    [Test]
    public void Several_checks_of_one_step_show_the_worst_outcome_and_all_ids()
    {
        var run = ProviderRuns.Mixed();
        var okta = run.Tests.Single(t => t.Check.Id == "OKTA-001");
        var extra = okta with { Check = okta.Check with { Id = "OKTA-009", Confidence = StepConfidence.Medium }, Outcome = Outcome.Warn };
        var step = Provider(run with { Tests = [.. run.Tests, extra] }, "okta").Steps.Single(s => s.Step == "user.create");
        Assert.Multiple(() =>
        {
            Assert.That(step.Outcome, Is.EqualTo(Outcome.Warn));
            Assert.That(step.Confidence, Is.EqualTo(StepConfidence.Medium));
            Assert.That(step.TestIds, Is.EqualTo(new[] { "OKTA-001", "OKTA-009" }));
        });
    }

    [Test]
    public void A_run_without_providers_has_an_empty_matrix()
    {
        var json = JsonNode.Parse(ReportJson.Serialize(SampleRuns.Hostile()))!;
        Assert.Multiple(() =>
        {
            Assert.That(SampleRuns.Hostile().Compatibility.Providers, Is.Empty);
            Assert.That(json["compatibility"]!["providers"]!.AsArray(), Is.Empty);
            Assert.That(json["tests"]![0]!["provider"], Is.Null);
        });
    }

    [Test]
    public void Results_json_carries_the_matrix_and_round_trips_the_replay_metadata()
    {
        var original = ProviderRuns.Mixed();
        var json = new JsonReporter().Render(original);
        var back = ReportJson.Deserialize(json);
        var root = JsonNode.Parse(json)!;
        var okta = root["compatibility"]!["providers"]!.AsArray().Single(p => p!["provider"]!.GetValue<string>() == "okta")!;
        Assert.Multiple(() =>
        {
            Assert.That(okta["verdict"]!.GetValue<string>(), Is.EqualTo("incompatible"));
            Assert.That(okta["steps"]![2]!["outcome"]!.GetValue<string>(), Is.EqualTo("fail"));
            Assert.That(okta["steps"]![2]!["confidence"]!.GetValue<string>(), Is.EqualTo("high"));
            Assert.That(root["tests"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == "ENTRA-002")!["confidence"]!.GetValue<string>(), Is.EqualTo("low"));
            Assert.That(back.Tests.Select(t => (t.Check.Id, t.Check.Provider, t.Check.Step, t.Check.Confidence)), Is.EqualTo(original.Tests.Select(t => (t.Check.Id, t.Check.Provider, t.Check.Step, t.Check.Confidence))));
            Assert.That(ReportJson.Serialize(back), Is.EqualTo(ReportJson.Serialize(original)));
            Assert.That(back.Compatibility.Providers.Select(p => (p.Provider, p.Verdict)), Is.EqualTo(original.Compatibility.Providers.Select(p => (p.Provider, p.Verdict))));
        });
    }

    [Test]
    public void The_declaration_carries_the_replay_metadata_through_nunit_properties()
    {
        var tagged = NUnitTest(nameof(Tagged));
        new CheckInfo { Id = "OKTA-001", Title = "replay", Area = Areas.Profiles, Provider = "okta", Step = "user.deactivate", Confidence = StepConfidence.Medium }
            .ApplyTo(tagged);
        var plain = NUnitTest(nameof(Plain));
        new CheckInfo { Id = "OKTA-001", Title = "plain", Area = Areas.Users }.ApplyTo(plain);
        var unknown = NUnitTest(nameof(Plain));
        new CheckInfo { Id = "OKTA-001", Title = "replay", Area = Areas.Profiles, Provider = "okta" }.ApplyTo(unknown);
        // A confidence word the harness does not know (a property written by hand, not through CheckInfo) reads as absent.
        unknown.Properties.Set("scim.confidence", "certain");

        var read = CheckInfo.Read(tagged)!;
        var untagged = CheckInfo.Read(plain)!;
        var oddConfidence = CheckInfo.Read(unknown)!;
        var outcome = new TestOutcome { Check = read, Outcome = Outcome.Fail };
        Assert.Multiple(() =>
        {
            Assert.That((read.Provider, read.Step, read.Confidence), Is.EqualTo(("okta", "user.deactivate", (StepConfidence?)StepConfidence.Medium)));
            Assert.That((outcome.Check.Provider, outcome.Check.Step, outcome.Check.Confidence), Is.EqualTo(("okta", "user.deactivate", (StepConfidence?)StepConfidence.Medium)));
            Assert.That((untagged.Provider, untagged.Step, untagged.Confidence), Is.EqualTo(((string?)null, (string?)null, (StepConfidence?)null)));
            Assert.That(oddConfidence.Confidence, Is.Null);
        });
    }

    private static TestMethod NUnitTest(string method) => new(new MethodWrapper(typeof(CompatibilityMatrixTests), method));

    // Targets for the NUnit test objects above; never run as tests themselves.
    private static void Tagged() { }

    private static void Plain() { }
}
