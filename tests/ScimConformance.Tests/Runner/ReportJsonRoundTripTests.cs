using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

/// <summary>`scimconf report`, diff, merge and baselines rebuild runs from results.json: nothing may be lost.</summary>
[TestFixture]
public sealed class ReportJsonRoundTripTests
{
    [Test]
    public void Results_json_deserialises_to_an_equal_model_and_serialises_byte_for_byte()
    {
        var tests = SampleRuns.Hostile().Tests.Append(SampleRuns.Hostile().Tests[1] with { Check = SampleRuns.Hostile().Tests[1].Check with { Id = "USR-010" }, Outcome = Outcome.Accepted }).ToArray();
        var original = SampleRuns.Hostile() with { Tests = tests, Counts = OutcomeCounts.Of(tests), BaselineRemovable = ["USR-001"], Interrupted = true };
        var json = ReportJson.Serialize(original);
        var back = ReportJson.Deserialize(json);
        Assert.Multiple(() =>
        {
            Assert.That(ReportJson.Serialize(back), Is.EqualTo(json));
            Assert.That(back.Counts, Is.EqualTo(original.Counts));
            Assert.That(back.Capabilities, Is.EqualTo(original.Capabilities).Using<object>((a, b) => ReportJson.Serialize(original with { Capabilities = (global::ScimConformance.Core.Discovery.Capabilities)a }) == ReportJson.Serialize(original with { Capabilities = (global::ScimConformance.Core.Discovery.Capabilities)b })));
            Assert.That(back.Tests[1].Exchanges[0].ResponseBody, Is.EqualTo(SampleRuns.HostileBody));
            Assert.That(back.Tests[1].Duration, Is.EqualTo(original.Tests[1].Duration));
            Assert.That(back.StartedAt, Is.EqualTo(original.StartedAt));
            Assert.That(back.Leftovers[0].CleanupError, Is.EqualTo("403 Forbidden"));
            Assert.That(back.BaselineRemovable, Is.EqualTo(new[] { "USR-001" }));
            Assert.That(back.Tests[^1].Outcome, Is.EqualTo(Outcome.Accepted));
        });
    }

    [Test]
    public void Every_report_renders_the_same_from_the_model_and_from_its_json()
    {
        var original = SampleRuns.Hostile();
        var back = ReportJson.Deserialize(ReportJson.Serialize(original));
        foreach (var reporter in ReportWriter.Default)
            Assert.That(reporter.Render(back), Is.EqualTo(reporter.Render(original)), reporter.FileName);
    }
}
