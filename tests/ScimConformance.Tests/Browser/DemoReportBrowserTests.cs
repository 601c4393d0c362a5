using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NUnit.Framework;
using ScimConformance.Tests.EndToEnd;

namespace ScimConformance.Tests.Browser;

/// <summary>
/// The report of a real `scimconf run --demo` (with three defects switched on, so it holds failures,
/// warnings, skips and passes) loaded in headless Chromium: it renders offline, and its filters,
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

    [OneTimeSetUp]
    public async Task RunDemoAndLaunchBrowser()
    {
        _out = Path.Combine(Path.GetTempPath(), "scimconf-html-" + Guid.NewGuid().ToString("N")[..8]);
        var launch = HeadlessChromium.LaunchAsync();
        var run = await CliProcess.RunAsync(["run", "--demo", "--seed", "7", "--defect", "password-returned",
            "--defect", "no-location-header", "--defect", "json-content-type", "--out", _out]);
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
    public async Task Coverage_matrix_lists_covered_and_uncovered_requirements()
    {
        await using var report = await _chromium.OpenAsync(ReportPath);
        var coverage = report.Page.Locator("#coverage");
        var covered = await coverage.Locator("tr.cov-covered").CountAsync();
        var failing = await coverage.Locator("tr.cov-failing").CountAsync();
        var uncovered = await coverage.Locator("tr.cov-uncovered").CountAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(covered, Is.GreaterThan(0));
            Assert.That(failing, Is.GreaterThan(0), "the defects make some requirements fail");
            Assert.That(uncovered, Is.GreaterThan(0));
            Assert.That(covered + failing + uncovered, Is.EqualTo(global::ScimConformance.Core.Catalog.RequirementCatalog.Default.All.Count));
            Assert.That(await coverage.Locator("tr.cov-uncovered .not-covered").First.TextContentAsync(), Is.EqualTo("not covered"));
            Assert.That(await coverage.Locator("details.cov-source > summary").AllTextContentsAsync(), Has.Some.Contains("RFC 7644"));
        });
    }

    private string FirstPassingIdWithExchanges() =>
        _results.Root["tests"]!.AsArray()
            .Where(t => t!["outcome"]!.GetValue<string>() == "pass" && t["exchanges"]!.AsArray().Count > 0)
            .Select(t => t!["id"]!.GetValue<string>())
            .Order(StringComparer.Ordinal)
            .First();
}
