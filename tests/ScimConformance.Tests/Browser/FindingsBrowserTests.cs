using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Tests.Runner;

namespace ScimConformance.Tests.Browser;

/// <summary>report.html's findings: after the verdict, each with its reproduction, its checks linking to their rows, and the evidence marked.</summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class FindingsBrowserTests : RenderedReportsFixture
{
    protected override IReadOnlyDictionary<string, RunResult> Runs() => new Dictionary<string, RunResult>
    {
        ["failing"] = SampleRuns.Hostile() is var run
            ? run with { Tests = [.. run.Tests.Select(t => t.Outcome == Outcome.Fail ? t with { Evidence = [0] } : t)] }
            : null!,
    };

    [Test]
    public async Task Each_finding_shows_its_reproduction_and_links_to_its_checks_whose_evidence_is_marked()
    {
        await using var report = await Chromium.OpenAsync(ReportOf("failing"));
        var view = await report.Page.EvaluateAsync<FindingView>(@"() => {
            const section = document.getElementById('findings');
            const link = section.querySelector('.finding-checks a');
            const row = document.getElementById(link.getAttribute('href').slice(1));
            return {
                visible: !section.hidden,
                titles: Array.from(section.querySelectorAll('.finding h3')).map(h => h.textContent),
                curl: section.querySelector('pre.curl').textContent,
                linkedRow: row ? row.id : '',
                markedEvidence: row ? row.querySelectorAll('details.exchange.evidence[open]').length : 0
            };
        }");
        Assert.Multiple(() =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty, "console errors (CSP violations show here)");
            Assert.That(view.Visible, Is.True);
            Assert.That(view.Titles, Has.Length.EqualTo(1));
            Assert.That(view.Curl, Does.StartWith("curl -sS -i -X POST 'http://127.0.0.1:5000/scim/v2/Users'").And.Contain("$SCIM_TOKEN"));
            Assert.That(view.LinkedRow, Is.EqualTo("test-USR-002"));
            Assert.That(view.MarkedEvidence, Is.EqualTo(1));
        });
    }

    private sealed class FindingView
    {
        public bool Visible { get; set; }
        public string[] Titles { get; set; } = [];
        public string Curl { get; set; } = "";
        public string LinkedRow { get; set; } = "";
        public int MarkedEvidence { get; set; }
    }
}
