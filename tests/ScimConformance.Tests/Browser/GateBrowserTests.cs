using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Tests.Runner;

// Expected values read best inline in assertions.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Browser;

/// <summary>
/// report.html's verdict pill follows the exit gate, the summary shows the gate's settings, exit code and reasons, and
/// failures the baseline accepts stay visible (their own table, and a column of the severity table).
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class GateBrowserTests : RenderedReportsFixture
{
    protected override IReadOnlyDictionary<string, RunResult> Runs() => new Dictionary<string, RunResult>
    {
        ["left-behind"] = GateRuns.CleanButLeftBehind(),
        ["below-medium"] = GateRuns.LowFailureBelowMedium(),
        ["no-gate"] = SampleRuns.Hostile(),
    };

    private async Task<GateView> ViewOf(string run)
    {
        await using var report = await Chromium.OpenAsync(ReportOf(run));
        var view = await report.Page.EvaluateAsync<GateView>(@"() => ({
            pill: document.querySelector('#header-verdict .verdict-pill').textContent,
            verdict: document.querySelector('#summary .verdict').textContent,
            gate: document.querySelector('#summary .gate').textContent,
            reasons: Array.from(document.querySelectorAll('#summary .gate-reasons li')).map(li => li.textContent)
        })");
        Assert.That(report.ConsoleErrors, Is.Empty, "console errors (CSP violations show here)");
        return view;
    }

    [Test]
    public async Task A_run_that_left_resources_behind_is_failed_though_every_check_passed()
    {
        var view = await ViewOf("left-behind");
        Assert.Multiple(() =>
        {
            Assert.That(view.Pill, Is.EqualTo("Failed"));
            Assert.That(view.Gate, Does.Contain("Fail onlow").And.Contain("Baselinenone").And.Contain("Exit code1"));
            Assert.That(view.Reasons, Has.Some.StartsWith("1 resource the run created could not be deleted"));
        });
    }

    [Test]
    public async Task A_failure_below_the_threshold_leaves_the_run_passed_and_says_why()
    {
        var view = await ViewOf("below-medium");
        Assert.Multiple(() =>
        {
            Assert.That(view.Pill, Is.EqualTo("Passed"));
            Assert.That(view.Verdict, Does.Contain("No failure at or above --fail-on medium"));
            Assert.That(view.Gate, Does.Contain("Fail onmedium").And.Contain("ci/baseline.json (1 failure accepted)").And.Contain("Exit code0"));
            Assert.That(view.Reasons, Has.Some.Contains("below the threshold (--fail-on medium)"));
        });
    }

    [Test]
    public async Task A_results_json_without_a_gate_falls_back_to_the_counts()
    {
        var view = await ViewOf("no-gate");
        Assert.Multiple(() =>
        {
            Assert.That(view.Pill, Is.EqualTo("Failed"));
            Assert.That(view.Gate, Does.Contain("does not record the gate"));
        });
    }

    [Test]
    public async Task Accepted_failures_have_their_own_table_and_count_by_severity()
    {
        await using var report = await Chromium.OpenAsync(ReportOf("below-medium"));
        var view = await report.Page.EvaluateAsync<AcceptedView>(@"() => {
            const section = document.getElementById('accepted');
            const sevRow = s => Array.from(document.querySelectorAll('#summary table.sev-table tr')).find(r => r.cells[0].textContent === s);
            return {
                visible: !section.hidden && section.offsetParent !== null,
                head: section.querySelector('.section-head').textContent,
                rows: Array.from(section.querySelectorAll('table.accepted-table tr')).slice(1).map(r => Array.from(r.cells).map(c => c.textContent)),
                critical: Array.from(sevRow('critical').cells).map(c => c.textContent)
            };
        }");
        Assert.Multiple(() =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty);
            Assert.That(view.Visible, Is.True);
            Assert.That(view.Head, Does.Contain("Accepted by the baseline").And.Contain("1 known failure: 1 critical"));
            Assert.That(view.Rows, Has.Length.EqualTo(1));
            Assert.That(view.Rows[0][0], Does.Contain("SEC-001"));
            Assert.That(view.Rows[0][1], Is.EqualTo("critical"));
            Assert.That(view.Critical, Is.EqualTo(new[] { "critical", "0", "0", "1" }), "critical: 0 failed, 0 errors, 1 accepted");
        });
    }

    [Test]
    public async Task A_run_without_accepted_failures_hides_the_section()
    {
        await using var report = await Chromium.OpenAsync(ReportOf("left-behind"));
        Assert.That(await report.Page.EvaluateAsync<bool>("() => document.getElementById('accepted').hidden"), Is.True);
    }

    private sealed class AcceptedView
    {
        public bool Visible { get; set; }
        public string Head { get; set; } = "";
        public string[][] Rows { get; set; } = [];
        public string[] Critical { get; set; } = [];
    }

    private sealed class GateView
    {
        public string Pill { get; set; } = "";
        public string Verdict { get; set; } = "";
        public string Gate { get; set; } = "";
        public string[] Reasons { get; set; } = [];
    }
}
