using NUnit.Framework;
using ScimConformance.Core.Catalog;
using ScimConformance.Runner.Reporting;
using ScimConformance.Runner.Reporting.Html;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner.Findings;

/// <summary>summary.md, results.json and the page's data lead with the findings, each with its reproduction.</summary>
[TestFixture]
public sealed class FindingReportsTests
{
    [Test]
    public void Summary_md_lists_the_findings_before_the_failures_with_a_reproduction_and_links_to_the_rows()
    {
        var md = new MarkdownSummaryReporter().Render(SampleRuns.Hostile());
        Assert.Multiple(() =>
        {
            Assert.That(md.IndexOf("### Findings (1)", StringComparison.Ordinal), Is.GreaterThan(0).And.LessThan(md.IndexOf("### Failures", StringComparison.Ordinal)));
            Assert.That(md, Does.Contain("[USR-002](#check-usr-002)").And.Contain("<a id=\"check-usr-002\"></a>"));
            Assert.That(md, Does.Contain("```sh\ncurl -sS -i -X POST 'http://127.0.0.1:5000/scim/v2/Users'"));
            Assert.That(md, Does.Contain("-H \"Authorization: Bearer $SCIM_TOKEN\""));
            Assert.That(md, Does.Not.Contain("Bearer ***"), "the stored (masked) credential is never shown as if it were the token");
        });
    }

    [Test]
    public void Results_json_and_the_page_data_carry_the_findings()
    {
        var run = SampleRuns.Hostile();
        var json = ReportJson.Serialize(run);
        var page = HtmlReportData.BuildJson(run, RequirementCatalog.Default);
        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"findings\": [").And.Contain("\"checks\": [\n        \"USR-002\""));
            Assert.That(page, Does.Contain("\"findings\":[{\"id\":\"F1\""));
            Assert.That(ReportJson.Deserialize(json).Findings.Single().Checks, Is.EqualTo(new[] { "USR-002" }), "read back, the findings are grouped again");
        });
    }
}
