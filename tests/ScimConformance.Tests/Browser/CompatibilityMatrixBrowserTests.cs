using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Tests.Runner;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Browser;

/// <summary>
/// The identity-provider compatibility matrix of report.html: shown, with one text cell per provider and
/// step, when checks replay providers; absent from view when none does.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class CompatibilityMatrixBrowserTests : RenderedReportsFixture
{
    protected override IReadOnlyDictionary<string, RunResult> Runs() => new Dictionary<string, RunResult>
    {
        ["providers"] = ProviderRuns.Mixed(),
        ["plain"] = SampleRuns.Hostile(),
    };

    private string WithProviders => ReportOf("providers");
    private string WithoutProviders => ReportOf("plain");

    [Test]
    public async Task The_matrix_shows_each_provider_step_and_verdict_as_text()
    {
        await using var report = await Chromium.OpenAsync(WithProviders);
        var page = report.Page;
        var matrix = await page.EvaluateAsync<MatrixView>(@"() => {
            const section = document.getElementById('compatibility');
            const table = section.querySelector('table.compat-table');
            return {
                visible: section.offsetParent !== null && !section.hidden,
                first: document.querySelector('main').firstElementChild.id,
                second: document.querySelector('main > section:nth-of-type(2)').id,
                afterFailures: Array.from(document.querySelectorAll('main > section')).map(s => s.id).indexOf('compatibility') >
                    Array.from(document.querySelectorAll('main > section')).map(s => s.id).indexOf('failures'),
                header: Array.from(table.rows[0].cells).map(c => c.textContent),
                rows: Array.from(table.rows).slice(1).map(r => Array.from(r.cells).map(c => c.textContent))
            };
        }");
        Assert.Multiple(() =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty, "console errors (CSP violations show here)");
            Assert.That(matrix.Visible, Is.True);
            Assert.That((matrix.First, matrix.Second, matrix.AfterFailures), Is.EqualTo(("summary", "findings", true)),
                "the verdict and the gate, then the findings lead the report, then the failures (issue 15); the providers follow");
            Assert.That(matrix.Header, Is.EqualTo(new[] { "Provider", "Verdict", "group.push", "user.create", "user.deactivate" }));
            Assert.That(matrix.Rows, Has.Length.EqualTo(3));
        });
        Assert.Multiple(() =>
        {
            Assert.That(matrix.Rows[0], Is.EqualTo(new[] { "entra", "Unconfirmed", "not replayed", "pass", "fail low confidence" }));
            Assert.That(matrix.Rows[1], Is.EqualTo(new[] { "okta", "Incompatible", "warn low confidence", "pass", "fail" }));
            Assert.That(matrix.Rows[2], Is.EqualTo(new[] { "onelogin", "Compatible", "not replayed", "pass", "warn medium confidence" }));
        });
    }

    [Test]
    public async Task A_run_without_providers_hides_the_matrix()
    {
        await using var report = await Chromium.OpenAsync(WithoutProviders);
        var page = report.Page;
        var shown = await page.EvaluateAsync<bool>("() => { const s = document.getElementById('compatibility'); return !s.hidden && s.offsetParent !== null; }");
        var cells = await page.Locator("#compatibility td").CountAsync();
        var summaryShown = await page.Locator("#summary .verdict-word").IsVisibleAsync();
        Assert.Multiple(() =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty);
            Assert.That(shown, Is.False);
            Assert.That(cells, Is.Zero);
            Assert.That(summaryShown, Is.True, "the rest of the report still renders");
        });
    }

    private sealed class MatrixView
    {
        public bool Visible { get; set; }
        public string First { get; set; } = "";
        public string Second { get; set; } = "";
        public bool AfterFailures { get; set; }
        public string[] Header { get; set; } = [];
        public string[][] Rows { get; set; } = [];
    }
}
