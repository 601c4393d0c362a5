using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class JsonReporterTests
{
    [Test]
    public void Results_json_round_trips_the_whole_model()
    {
        var original = SampleRuns.Hostile();
        var json = new JsonReporter().Render(original);
        var back = ReportJson.Deserialize(json);
        Assert.Multiple(() =>
        {
            Assert.That(back.SchemaVersion, Is.EqualTo("1.0"));
            Assert.That(back.RunId, Is.EqualTo(original.RunId));
            Assert.That(back.Seed, Is.EqualTo(original.Seed));
            Assert.That(back.Target, Is.EqualTo(original.Target));
            Assert.That(back.StartedAt, Is.EqualTo(original.StartedAt));
            Assert.That(back.Duration, Is.EqualTo(original.Duration));
            Assert.That(back.Counts, Is.EqualTo(original.Counts));
            Assert.That(back.Capabilities!.FilterMaxResults, Is.EqualTo(200));
            Assert.That(back.Capabilities.AuthenticationSchemes, Is.EqualTo(new[] { "oauthbearertoken" }));
            Assert.That(back.Tests.Select(t => (t.Check.Id, t.Outcome, t.Check.Severity, t.Message)), Is.EqualTo(original.Tests.Select(t => (t.Check.Id, t.Outcome, t.Check.Severity, t.Message))));
            Assert.That(back.Tests[1].Check.Requirements, Is.EqualTo(original.Tests[1].Check.Requirements));
            Assert.That(back.Tests[1].Exchanges[0].ResponseBody, Is.EqualTo(SampleRuns.HostileBody));
            Assert.That(back.Tests[1].Exchanges[0].RequestHeaders, Is.EqualTo(original.Tests[1].Exchanges[0].RequestHeaders));
            Assert.That(back.Leftovers.Single().CleanupError, Is.EqualTo("403 Forbidden"));
            Assert.That(back.Command, Is.EqualTo(original.Command));
        });
    }

    [Test]
    public void Names_are_camel_case_and_outcomes_are_strings()
    {
        var root = JsonNode.Parse(new JsonReporter().Render(SampleRuns.Hostile()))!;
        Assert.Multiple(() =>
        {
            Assert.That(root["schemaVersion"]!.GetValue<string>(), Is.EqualTo("1.0"));
            Assert.That(root["interrupted"]!.GetValue<bool>(), Is.False);
            Assert.That(root["counts"]!["fail"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(root["tests"]!.AsArray().Select(t => t!["outcome"]!.GetValue<string>()), Is.EqualTo(new[] { "pass", "fail", "warn", "skip", "error" }));
            Assert.That(root["target"]!["authScheme"]!.GetValue<string>(), Is.EqualTo("bearer"));
        });
    }

    [Test]
    public void Report_writer_writes_five_files()
    {
        var dir = Path.Combine(Path.GetTempPath(), "scimconf-reports-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var written = new ReportWriter().Write(SampleRuns.Hostile(), dir);
            Assert.That(written.Select(Path.GetFileName), Is.EquivalentTo(new[] { "report.html", "junit.xml", "results.json", "results.sarif", "summary.md" }));
            Assert.That(written.Select(File.ReadAllText), Has.All.Not.Empty);
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
