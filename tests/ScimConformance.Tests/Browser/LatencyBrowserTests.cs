using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Tests.Runner;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Browser;

/// <summary>The Latency section of report.html: a text row per endpoint and the slowest requests, linking to their checks.</summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class LatencyBrowserTests : RenderedReportsFixture
{
    protected override IReadOnlyDictionary<string, RunResult> Runs() => new Dictionary<string, RunResult>
    {
        ["run"] = SampleRuns.Hostile(),
    };

    private string Report => ReportOf("run");

    [Test]
    public async Task The_section_shows_each_endpoint_and_the_slowest_requests_as_text()
    {
        await using var report = await Chromium.OpenAsync(Report);
        var view = await report.Page.EvaluateAsync<LatencyView>(@"() => {
            const section = document.getElementById('latency');
            const rows = t => Array.from(section.querySelectorAll(t + ' tr')).slice(1).map(r => Array.from(r.cells).map(c => c.textContent));
            return {
                visible: section.offsetParent !== null && !section.hidden,
                endpoints: rows('table.latency-table'),
                slowest: rows('table.latency-slowest'),
                links: Array.from(section.querySelectorAll('a.test-link')).map(a => a.getAttribute('href'))
            };
        }");
        Assert.Multiple(() =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty, "console errors (CSP violations show here)");
            Assert.That(view.Visible, Is.True);
            // SampleRuns.Hostile: five checks, each one POST /Users answered 200 in 33 ms.
            Assert.That(view.Endpoints, Is.EqualTo(new[] { new[] { "POST", "/Users", "5", "0", "33.0 ms", "33.0 ms", "33.0 ms", "33.0 ms" } }));
            Assert.That(view.Slowest, Has.Length.EqualTo(5));
            Assert.That(view.Slowest[0], Is.EqualTo(new[] { "POST", "/scim/v2/Users", "200", "33.0 ms", "GRP-001" }));
            Assert.That(view.Links, Does.Contain("#test-USR-002"));
        });
    }

    private sealed class LatencyView
    {
        public bool Visible { get; set; }
        public string[][] Endpoints { get; set; } = [];
        public string[][] Slowest { get; set; } = [];
        public string[] Links { get; set; } = [];
    }
}
