using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NUnit.Framework;
using ScimConformance.Tests.EndToEnd;

namespace ScimConformance.Tests.Browser;

/// <summary>
/// The report of a real `scimconf run --demo` (with three defects switched on, so it holds findings, failures,
/// warnings, skips and passes, and a baseline that accepts two of its critical failures) loaded in headless Chromium:
/// it leads with the verdict, the gate and the findings, renders offline and without scripts, and its filters,
/// details, links and coverage matrix work.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class DemoReportBrowserTests
{
    private string _out = null!;
    private HeadlessChromium _chromium = null!;
    private RunResults _results = null!;

    private string ReportPath => Path.Combine(_out, "report.html");

    /// <summary>Critical checks password-returned fails, accepted by the run's baseline.</summary>
    private static readonly string[] AcceptedCritical = ["USR-008", "USR-009"];

    [OneTimeSetUp]
    public async Task RunDemoAndLaunchBrowser()
    {
        _out = Path.Combine(Path.GetTempPath(), "scimconf-html-" + Guid.NewGuid().ToString("N")[..8]);
        var launch = HeadlessChromium.LaunchAsync();
        Directory.CreateDirectory(_out);
        var baseline = Path.Combine(_out, "..", Path.GetFileName(_out) + "-baseline.json");
        await File.WriteAllTextAsync(baseline, $$"""{"schemaVersion": "1.0", "createdAt": "2026-12-01T00:00:00Z", "accepted": [{{string.Join(", ", AcceptedCritical.Select(id => $"{{\"id\": \"{id}\"}}"))}}]}""");
        var run = await CliHosts.RunAsync(["run", "--demo", "--seed", "7", "--defect", "password-returned",
            "--defect", "no-location-header", "--defect", "json-content-type", "--baseline", baseline, "--out", _out]);
        File.Delete(baseline);
        _chromium = await launch;
        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        _results = RunResults.Load(_out);
    }

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    [Test]
    public async Task Renders_offline_without_console_errors_and_keeps_a_summary_screenshot()
    {
        await using var report = await _chromium.OpenAsync(ReportPath);
        var page = report.Page;
        await Assertions.Expect(page.Locator(".verdict-word")).ToHaveTextAsync("Failed");
        var screenshot = Path.Combine(RepositoryRoot.Find(), "TestResults", "report-summary.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = false });
        TestContext.AddTestAttachment(screenshot, "Summary of the demo report");
        Assert.Multiple(async () =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty, "console errors (CSP violations show here)");
            Assert.That(report.OutsideRequests, Is.Empty, "requests that left the page");
            Assert.That(await page.Locator(".tile-fail .tile-n").TextContentAsync(), Is.EqualTo(_results.IdsWithOutcome("fail").Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(await page.Locator("#summary pre.command").TextContentAsync(), Does.Contain("--seed 7"));
            Assert.That(await page.Locator("#summary").TextContentAsync(), Does.Contain(_results.RunId).And.Contain("Failures by severity"));
        });
    }

    [Test]
    public async Task Outcome_area_severity_and_search_filters_change_the_visible_rows()
    {
        await using var report = await _chromium.OpenAsync(ReportPath);
        var page = report.Page;
        var all = await report.VisibleTestIdsAsync();
        Assert.That(all, Has.Count.EqualTo(_results.Tests.Count));

        await page.Locator(".outcome-filters input[value=pass]").UncheckAsync();
        var withoutPass = await report.VisibleTestIdsAsync();
        Assert.That(withoutPass, Is.EquivalentTo(_results.Tests.Where(t => t.Outcome != "pass").Select(t => t.Id)));
        await page.Locator(".outcome-filters input[value=pass]").CheckAsync();

        await page.Locator("select[aria-label=Area]").SelectOptionAsync("Users");
        var users = await report.VisibleTestIdsAsync();
        Assert.That(users, Is.Not.Empty);
        Assert.That(users, Is.EquivalentTo(_results.Root["tests"]!.AsArray().Where(t => (string?)t!["area"] == "Users").Select(t => (string)t!["id"]!)));
        Assert.That(users, Has.Count.LessThan(all.Count));
        await page.Locator("select[aria-label=Area]").SelectOptionAsync("");

        await page.Locator("select[aria-label=Severity]").SelectOptionAsync("critical");
        var critical = await report.VisibleTestIdsAsync();
        var expectedCritical = _results.Root["tests"]!.AsArray().Where(t => t!["severity"]!.GetValue<string>() == "critical").Select(t => t!["id"]!.GetValue<string>());
        Assert.That(critical, Is.EquivalentTo(expectedCritical));
        await page.Locator("select[aria-label=Severity]").SelectOptionAsync("");

        await page.Locator("#filter-text").FillAsync("usr-002");
        Assert.That(await report.VisibleTestIdsAsync(), Does.Contain("USR-002").And.Count.LessThan(all.Count));
        await page.Locator("#filter-text").FillAsync("no check has this text");
        Assert.That(await report.VisibleTestIdsAsync(), Is.Empty);
        Assert.That(report.ConsoleErrors, Is.Empty);
    }

    [Test]
    public async Task Opening_a_check_shows_its_exchanges()
    {
        await using var report = await _chromium.OpenAsync(ReportPath);
        var id = FirstPassingIdWithExchanges();
        var detail = report.Page.Locator($"details#test-{id}");
        var exchanges = detail.Locator("details.exchange > summary");
        Assert.That(await exchanges.First.IsVisibleAsync(), Is.False, "closed before the reader opens it");
        await detail.Locator("> summary").ClickAsync();
        await Assertions.Expect(exchanges.First).ToBeVisibleAsync();
        await exchanges.First.ClickAsync();
        await Assertions.Expect(detail.Locator("details.exchange").First.Locator("h4", new() { HasText = "Response body" })).ToBeVisibleAsync();
        Assert.That(await exchanges.First.TextContentAsync(), Does.Contain("/scim/v2"));
    }

    /// <summary>Matches an attribute that is present, whatever its value (a boolean attribute such as open has none).</summary>
    private static System.Text.RegularExpressions.Regex AnyValue() => new("^.*$");

    [Test]
    public async Task A_test_link_opens_that_check()
    {
        var id = FirstPassingIdWithExchanges();
        await using var report = await _chromium.OpenAsync(ReportPath, "#test-" + id);
        var detail = report.Page.Locator($"details#test-{id}");
        // Auto-waiting expectations: the page opens the check from the hash after it rendered, not at once on navigation.
        await Assertions.Expect(detail).ToHaveAttributeAsync("open", AnyValue());
        await Assertions.Expect(detail.Locator("details.exchange").First).ToBeVisibleAsync();

        // The link of a failing check's reference row jumps to its evidence.
        var failing = _results.IdsWithOutcome("fail").Order(StringComparer.Ordinal).First();
        await report.Page.Locator($"#results .test-ref:has(.tid:text-is('{failing}')) a.ref-link").ClickAsync();
        await Assertions.Expect(report.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("#test-" + System.Text.RegularExpressions.Regex.Escape(failing) + "$"));
        await Assertions.Expect(report.Page.Locator($"#failures details#test-{failing}")).ToHaveAttributeAsync("open", AnyValue());
    }

    [Test]
    public async Task Coverage_matrix_counts_testable_rows_and_tells_verified_from_skipped_and_unchecked()
    {
        await using var report = await _chromium.OpenAsync(ReportPath);
        var coverage = report.Page.Locator("#coverage");
        var rows = await coverage.Locator("tr[data-status]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.getAttribute('data-status'))");
        int Count(string status) => rows.Count(r => r == status);
        var total = _results.Root["coverage"]!["total"]!;
        int Json(string name) => total[name]!.GetValue<int>();
        var headline = await coverage.Locator(".cov-headline").TextContentAsync();
        var sources = await coverage.Locator("details.cov-source > summary").AllTextContentsAsync();
        Assert.Multiple(() =>
        {
            Assert.That(rows, Has.Length.EqualTo(global::ScimConformance.Core.Catalog.RequirementCatalog.Default.All.Count));
            Assert.That(Count("verified") + Count("failing"), Is.EqualTo(Json("verified")).And.GreaterThan(0));
            Assert.That(Count("failing"), Is.EqualTo(Json("failing")).And.GreaterThan(0), "the defects make some requirements fail");
            Assert.That(Count("skipped"), Is.EqualTo(Json("skipped")).And.GreaterThan(0), "the demo skips some capabilities' checks");
            Assert.That(Count("noCheck"), Is.EqualTo(Json("noCheck")));
            Assert.That(Count("notTestable"), Is.EqualTo(Json("notTestable")).And.GreaterThan(0));
            Assert.That(Json("testable"), Is.EqualTo(rows.Length - Json("notTestable")));
            Assert.That(headline, Does.StartWith($"{Json("verified")} of {Json("testable")} testable requirements verified in this run ({Json("failing")} failing); {Json("skipped")} have a check that was skipped here"));
            Assert.That(File.ReadAllText(Path.Combine(_out, "summary.md")), Does.Contain(headline!), "summary.md says the same");
            Assert.That(sources, Has.Some.Contains("RFC 7644"));
        });
    }

    private static readonly string[] PrintedSections = ["summary", "findings", "failures"];

    [Test]
    public async Task Printing_holds_the_verdict_and_the_failures_in_under_30_pages()
    {
        await using var report = await _chromium.OpenAsync(ReportPath);
        var pdf = await report.Page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
        var pages = PdfPages.Count(pdf);
        TestContext.Out.WriteLine($"report.html of a demo run with 3 defects ({_results.IdsWithOutcome("fail").Count} failures, {_results.Tests.Count} checks) prints {pages} A4 pages ({pdf.Length / 1024} KiB PDF)");
        await report.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var shown = await report.Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('main > section')).filter(s => s.offsetParent !== null).map(s => s.id)");
        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.InRange(1, 29));
            Assert.That(shown, Is.EqualTo(PrintedSections), "paper holds the verdict, the findings and the failures");
        });
        var failure = _results.IdsWithOutcome("fail").Order(StringComparer.Ordinal).First();
        Assert.That(await report.Page.Locator($"#failures details#test-{failure} .remediation").IsVisibleAsync(), Is.True, "a failure prints open");
    }

    [Test]
    public async Task The_first_screen_shows_the_verdict_the_gate_and_the_findings_each_with_its_reproduction()
    {
        await using var report = await _chromium.OpenAsync(ReportPath);
        var view = await report.Page.EvaluateAsync<FirstScreen>(@"() => {
            const onScreen = e => !!e && e.getBoundingClientRect().top < window.innerHeight && e.getBoundingClientRect().bottom > 0;
            const findings = Array.from(document.querySelectorAll('#findings .finding'));
            return {
                height: window.innerHeight,
                verdict: onScreen(document.querySelector('.verdict-word')) ? document.querySelector('.verdict-word').textContent : '',
                gate: onScreen(document.querySelector('#summary .gate')) && /Exit code\s*1/.test(document.querySelector('#summary .gate').textContent),
                findingsOnScreen: onScreen(document.querySelector('#findings .finding')),
                findings: findings.length,
                reproductions: findings.map(f => (f.querySelector('pre.curl') || {}).textContent || '')
            };
        }");
        Assert.Multiple(() =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty);
            Assert.That(view.Verdict, Is.EqualTo("Failed"), "the verdict is on the first screen");
            Assert.That(view.Gate, Is.True, "the gate and its exit code are on the first screen");
            Assert.That(view.FindingsOnScreen, Is.True, "the first finding starts on the first screen");
            Assert.That(view.Findings, Is.EqualTo(_results.Root["findings"]!.AsArray().Count).And.GreaterThanOrEqualTo(2), "one card per finding of results.json");
            Assert.That(view.Reproductions, Has.All.StartWith("curl ").And.All.Contain("$SCIM_TOKEN"), "every finding shows its reproduction with the token as a variable");
        });
    }

    [Test]
    public async Task Accepted_critical_failures_stay_visible_with_their_severity()
    {
        await using var report = await _chromium.OpenAsync(ReportPath);
        var accepted = report.Page.Locator("#accepted");
        await Assertions.Expect(accepted).ToBeVisibleAsync();
        var text = await accepted.TextContentAsync() ?? "";
        Assert.Multiple(() =>
        {
            Assert.That(_results.IdsWithOutcome("accepted"), Is.EquivalentTo(AcceptedCritical), "the baseline turned exactly its two failures into accepted ones");
            foreach (var id in AcceptedCritical) Assert.That(text, Does.Contain(id));
            Assert.That(text, Does.Contain("critical").IgnoreCase);
        });
    }

    [Test]
    public async Task Without_scripts_the_static_view_holds_the_verdict_findings_failures_and_accepted_ones()
    {
        await using var report = await _chromium.OpenAsync(ReportPath, javaScript: false);
        var fallback = report.Page.Locator("#static-report");
        await Assertions.Expect(fallback).ToBeVisibleAsync();
        var text = await fallback.TextContentAsync() ?? "";
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("Verdict: FAILED").And.Contain("exit code 1"));
            Assert.That(text, Does.Contain($"Findings ({_results.Root["findings"]!.AsArray().Count})").And.Contain("curl ").And.Contain("$SCIM_TOKEN"));
            Assert.That(text, Does.Contain("Failures and errors").And.Contain(_results.IdsWithOutcome("fail").Order(StringComparer.Ordinal).First()));
            foreach (var id in AcceptedCritical) Assert.That(text, Does.Contain(id), "accepted critical failures are listed");
        });
    }

    private sealed class FirstScreen
    {
        public int Height { get; set; }
        public string Verdict { get; set; } = "";
        public bool Gate { get; set; }
        public bool FindingsOnScreen { get; set; }
        public int Findings { get; set; }
        public string[] Reproductions { get; set; } = [];
    }

    private string FirstPassingIdWithExchanges() =>
        _results.Root["tests"]!.AsArray()
            .Where(t => t!["outcome"]!.GetValue<string>() == "pass" && t["exchanges"]!.AsArray().Count > 0)
            .Select(t => t!["id"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)
            .First();
}
