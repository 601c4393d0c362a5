using NUnit.Framework;
using ScimConformance.Core.Configuration;
using ScimConformance.Runner.Baselines;
using ScimConformance.Runner.Model;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class BaselineTests
{
    private static readonly Baseline KnownUsr002AndUsr001 = new()
    {
        CreatedAt = DateTimeOffset.UnixEpoch,
        Accepted = [new BaselineEntry("USR-002", "expected 201"), new BaselineEntry("USR-001"), new BaselineEntry("GRP-002"), new BaselineEntry("NOT-RUN")],
    };

    [Test]
    public void Listed_failures_become_accepted_and_stop_counting_as_failures()
    {
        var applied = BaselineApplier.Apply(SampleRuns.Hostile(), KnownUsr002AndUsr001);
        Assert.Multiple(() =>
        {
            Assert.That(applied.Tests.Single(t => t.Check.Id == "USR-002").Outcome, Is.EqualTo(Outcome.Accepted));
            Assert.That(applied.Tests.Single(t => t.Check.Id == "GRP-002").Outcome, Is.EqualTo(Outcome.Error), "a harness error is never accepted");
            Assert.That(applied.Counts.Fail, Is.EqualTo(0));
            Assert.That(applied.Counts.Accepted, Is.EqualTo(1));
            Assert.That(applied.Counts.Total, Is.EqualTo(5));
        });
    }

    [Test]
    public void Entries_whose_check_now_passes_are_removable_others_are_not()
    {
        var applied = BaselineApplier.Apply(SampleRuns.Hostile(), KnownUsr002AndUsr001);
        Assert.That(applied.BaselineRemovable, Is.EqualTo(new[] { "USR-001" }));
    }

    [Test]
    public void Created_from_a_run_lists_its_failures_and_round_trips()
    {
        var baseline = BaselineFile.FromRun(SampleRuns.Hostile(), DateTimeOffset.UnixEpoch);
        var back = BaselineFile.Parse(BaselineFile.Serialize(baseline));
        Assert.Multiple(() =>
        {
            Assert.That(baseline.Accepted.Select(a => a.Id), Is.EqualTo(new[] { "USR-002" }));
            Assert.That(baseline.Accepted[0].Message, Does.StartWith("[R7644-3.3-01 MUST] expected 201"));
            Assert.That(back.Accepted, Is.EqualTo(baseline.Accepted));
            Assert.That(back.SchemaVersion, Is.EqualTo("1.0"));
            Assert.That(BaselineFile.Serialize(baseline), Does.Contain("\"schemaVersion\"").And.Contain("\"createdAt\"").And.Contain("\"accepted\""));
        });
    }

    [Test]
    public void A_file_that_is_not_a_baseline_is_a_configuration_error()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ConfigurationException>(() => BaselineFile.Parse("not json"));
            Assert.Throws<ConfigurationException>(() => BaselineFile.Parse("{\"accepted\":[{\"message\":\"no id\"}]}"));
            Assert.Throws<ConfigurationException>(() => BaselineFile.Read("/nonexistent/baseline.json"));
        });
    }

    [Test]
    public void A_baseline_of_an_unknown_schema_version_is_refused()
    {
        var e = Assert.Throws<ConfigurationException>(() => BaselineFile.Parse("""{"schemaVersion": "2.0", "accepted": [{"id": "USR-002"}]}""", "ci/baseline.json"))!;
        Assert.That(e.Message, Does.StartWith("'ci/baseline.json' has schemaVersion '2.0'; this scimconf reads baselines of version 1.0."));
    }

    [Test]
    public void Pruning_removes_the_entries_whose_checks_pass_and_keeps_the_rest()
    {
        var (kept, removed) = BaselineFile.Prune(KnownUsr002AndUsr001, SampleRuns.Hostile());
        Assert.Multiple(() =>
        {
            Assert.That(removed.Select(e => e.Id), Is.EqualTo(new[] { "USR-001" }));
            Assert.That(kept.Accepted.Select(e => e.Id), Is.EqualTo(new[] { "USR-002", "GRP-002", "NOT-RUN" }), "failing, erroring and unseen checks stay");
            Assert.That(kept.CreatedAt, Is.EqualTo(KnownUsr002AndUsr001.CreatedAt));
        });
    }
}
