using NUnit.Framework;
using ScimConformance.Tests.Cli;
using ScimConformance.Tests.Cli.History;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Browser;

/// <summary>
/// The trend of `scimconf history` in report.html: three nightly runs charted oldest to newest with their dates, a bar
/// of failures and of passes each, and the findings where a run records them (issue 15 item 9).
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class TrendBrowserTests
{
    private string _dir = null!;
    private HeadlessChromium _chromium = null!;

    [OneTimeSetUp]
    public async Task WriteHistoryAndLaunchBrowser()
    {
        _dir = Directory.CreateTempSubdirectory("scimconf-trend-").FullName;
        var nights = NightlyRuns.Write(_dir);
        var run = await InProcessCli.RunAsync("history", nights[2], nights[1], nights[0], "--out", Path.Combine(_dir, "out"));
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        _chromium = await HeadlessChromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Test]
    public async Task The_chart_shows_each_run_oldest_to_newest_with_its_date()
    {
        await using var report = await _chromium.OpenAsync(Path.Combine(_dir, "out", "report.html"));
        var view = await report.Page.EvaluateAsync<TrendView>(@"() => {
            const section = document.getElementById('trend');
            const chart = section.querySelector('svg.trend-chart');
            const heights = cls => Array.from(chart.querySelectorAll('rect.' + cls)).map(r => +r.getAttribute('height'));
            return {
                shown: !section.hidden && section.offsetParent !== null,
                dates: Array.from(chart.querySelectorAll('text.trend-date')).map(t => t.textContent),
                failed: heights('trend-failed'),
                passed: heights('trend-passed'),
                titles: Array.from(chart.querySelectorAll('rect.trend-failed title')).map(t => t.textContent),
                findings: chart.querySelectorAll('circle.trend-finding').length,
                rows: Array.from(section.querySelectorAll('table.trend-table tr')).slice(1).map(r => Array.from(r.cells).map(c => c.textContent))
            };
        }");
        Assert.Multiple(() =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty, "console errors (CSP violations show here)");
            Assert.That(view.Shown, Is.True);
            Assert.That(view.Dates, Is.EqualTo(new[] { "2026-12-01", "2026-12-02", "2026-12-03" }));
            Assert.That(view.Failed[0], Is.Zero, "the first night passed");
            Assert.That(view.Failed[1], Is.GreaterThan(0).And.LessThan(view.Failed[2]), "2 failed, then 2 failed and 1 error");
            Assert.That(view.Passed[0], Is.GreaterThan(view.Passed[1]));
            Assert.That(view.Titles[1], Is.EqualTo("2026-12-02 02:00 UTC \u00b7 run night2: 2 failed"));
            Assert.That(view.Findings, Is.EqualTo(1), "only the newest run records findings");
            Assert.That(view.Rows.Select(r => r[1]), Is.EqualTo(new[] { "night1", "night2", "night3 (this run)" }));
            Assert.That(view.Rows.Select(r => r[2]), Is.EqualTo(new[] { "passed", "failed", "failed" }));
            Assert.That(view.Rows[2][^1], Is.EqualTo("1"), "findings column");
        });
    }

    private sealed class TrendView
    {
        public bool Shown { get; set; }
        public string[] Dates { get; set; } = [];
        public double[] Failed { get; set; } = [];
        public double[] Passed { get; set; } = [];
        public string[] Titles { get; set; } = [];
        public int Findings { get; set; }
        public string[][] Rows { get; set; } = [];
    }
}
