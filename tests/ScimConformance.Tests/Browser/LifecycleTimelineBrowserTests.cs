using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Tests.Runner;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Browser;

/// <summary>
/// The lifecycle timeline of report.html: one block per leaver check, its steps in order as text, the step
/// that showed a leaver keeping access marked red, hostile notes shown as text; hidden when no check recorded one.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class LifecycleTimelineBrowserTests : RenderedReportsFixture
{
    protected override IReadOnlyDictionary<string, RunResult> Runs() => new Dictionary<string, RunResult>
    {
        ["leavers"] = TimelineRuns.Leavers(),
        ["plain"] = SampleRuns.Hostile(),
    };

    private string WithTimeline => ReportOf("leavers");
    private string WithoutTimeline => ReportOf("plain");

    [Test]
    public async Task Each_leaver_check_shows_its_steps_in_order_with_the_red_step_marked()
    {
        await using var report = await Chromium.OpenAsync(WithTimeline);
        var view = await report.Page.EvaluateAsync<TimelineView>(@"() => {
            const section = document.getElementById('timeline');
            const block = id => section.querySelector('.timeline[data-test=""' + id + '""]');
            const actions = id => Array.from(block(id).querySelectorAll('.tl-action')).map(a => a.textContent);
            return {
                visible: !section.hidden && section.offsetParent !== null,
                tests: Array.from(section.querySelectorAll('.timeline')).map(b => b.getAttribute('data-test')),
                journey: actions('DPR-032'),
                red: Array.from(block('DPR-032').querySelectorAll('.tl-bad .tl-action')).map(a => a.textContent),
                offsets: Array.from(block('DPR-032').querySelectorAll('.tl-offset')).map(a => a.textContent),
                note: block('DPR-032').querySelector('.tl-bad .tl-note').textContent,
                scripts: document.querySelectorAll('script').length,
                batch: block('DPR-033').textContent
            };
        }");
        Assert.Multiple(() =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty, "console errors (CSP violations show here)");
            Assert.That(view.Visible, Is.True);
            Assert.That(view.Tests, Is.EqualTo(new[] { "DPR-032", "DPR-033" }), "failed check first");
            Assert.That(view.Journey, Is.EqualTo(new[] { "create", "deactivate", "confirm inactive", "delete", "confirm 404" }));
            Assert.That(view.Red, Is.EqualTo(new[] { "confirm 404" }));
            Assert.That(view.Offsets[0], Is.EqualTo("+0 ms"));
            Assert.That(view.Offsets[4], Is.EqualTo("+150 ms"));
            Assert.That(view.Note, Is.EqualTo(SampleRuns.HostileBody.Replace("\u0001", "", StringComparison.Ordinal)), "a hostile note is shown as text, without its control character (issue 15)");
            Assert.That(view.Scripts, Is.EqualTo(2), "nothing in the data became a script");
            Assert.That(view.Batch, Does.Contain("100 resources in 500 ms (200/s)").And.Contain("visible after 1.50 s"));
        });
    }

    [Test]
    public async Task A_run_without_timelines_hides_the_section()
    {
        await using var report = await Chromium.OpenAsync(WithoutTimeline);
        var shown = await report.Page.EvaluateAsync<bool>("() => { const s = document.getElementById('timeline'); return !s.hidden && s.offsetParent !== null; }");
        var steps = await report.Page.Locator("#timeline li").CountAsync();
        Assert.Multiple(() =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty);
            Assert.That(shown, Is.False);
            Assert.That(steps, Is.Zero);
        });
    }

    private sealed class TimelineView
    {
        public bool Visible { get; set; }
        public string[] Tests { get; set; } = [];
        public string[] Journey { get; set; } = [];
        public string[] Red { get; set; } = [];
        public string[] Offsets { get; set; } = [];
        public string Note { get; set; } = "";
        public int Scripts { get; set; }
        public string Batch { get; set; } = "";
    }
}
