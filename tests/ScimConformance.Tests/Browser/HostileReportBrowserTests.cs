using NUnit.Framework;
using ScimConformance.Runner.Reporting;
using ScimConformance.Tests.EndToEnd;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Browser;

/// <summary>
/// Reports full of markup and script from a hostile endpoint: after every filter is exercised and
/// every detail opened, nothing has run and no payload became an element.
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class HostileReportBrowserTests
{
    private string _out = null!;
    private HeadlessChromium _chromium = null!;
    private CliResult _serverRun = null!;

    private string ServerRunReport => Path.Combine(_out, "server", "report.html");
    private string HandBuiltReport => Path.Combine(_out, "hand-built", "report.html");

    [OneTimeSetUp]
    public async Task WriteHostileReportsAndLaunchBrowser()
    {
        _out = Path.Combine(Path.GetTempPath(), "scimconf-html-" + Guid.NewGuid().ToString("N")[..8]);
        var launch = HeadlessChromium.LaunchAsync();
        await using (var server = await HostileScimServer.StartAsync())
        {
            _serverRun = await CliHosts.RunAsync(["run", "--base-url", server.ScimBase.AbsoluteUri, "--auth", "none", "--seed", "3",
                "--include", "area:Discovery", "--include", "area:Users", "--include", "area:Errors", "--out", Path.GetDirectoryName(ServerRunReport)!]);
            Assert.That(File.Exists(ServerRunReport), Is.True, _serverRun.ToString());
        }
        new ReportWriter([new HtmlReporter()]).Write(HostileRuns.Build(), Path.GetDirectoryName(HandBuiltReport)!);
        _chromium = await launch;
    }

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (_chromium is not null) await _chromium.DisposeAsync();
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }

    [TestCase("server")]
    [TestCase("hand-built")]
    public async Task No_payload_runs_or_becomes_markup(string which)
    {
        var path = which == "server" ? ServerRunReport : HandBuiltReport;
        Assert.That(File.ReadAllText(path), Does.Contain("onerror=window.__xss=1").IgnoreCase.Or.Contain("onerror=window.__xss=1"),
            "the payloads reached the report (escaped) in the first place");
        await using var report = await _chromium.OpenAsync(path);
        var page = report.Page;

        foreach (var box in await page.Locator(".outcome-filters input").AllAsync())
        {
            await box.UncheckAsync();
            await box.CheckAsync();
        }
        foreach (var name in new[] { "Area", "Severity" })
        {
            var select = page.Locator($"select[aria-label={name}]");
            foreach (var value in await select.Locator("option").EvaluateAllAsync<string[]>("o => o.map(x => x.value)"))
                await select.SelectOptionAsync(value);
            await select.SelectOptionAsync("");
        }
        await page.Locator("#filter-text").FillAsync(Payloads.Image);
        await page.Locator("#filter-text").FillAsync("");
        await report.OpenEveryDetailAsync();
        await page.EvaluateAsync("() => { location.hash = '#test-XSS-001'; }");

        var dom = await page.EvaluateAsync<DomFindings>(@"() => ({
            xss: typeof window.__xss,
            images: document.querySelectorAll('img, svg, iframe, object, embed').length,
            scripts: document.querySelectorAll('script').length,
            handlers: Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length,
            scriptLinks: Array.from(document.querySelectorAll('a[href]')).filter(a => !a.getAttribute('href').startsWith('#') &&
                !(a.classList.contains('out-link') && /^https:\/\/(www\.rfc-editor\.org|owasp\.org|cwe\.mitre\.org)\//.test(a.getAttribute('href')))).length,
            text: document.body.innerText
        })");
        Assert.Multiple(() =>
        {
            Assert.That(dom.Xss, Is.EqualTo("undefined"), "a payload ran");
            Assert.That(dom.Images, Is.Zero, "a payload became an element");
            Assert.That(dom.Scripts, Is.EqualTo(2), "only the data and renderer scripts of the template");
            Assert.That(dom.Handlers, Is.Zero, "an element carries an on* attribute");
            Assert.That(dom.ScriptLinks, Is.Zero, "every link points inside the page, or is one of the report's own links to an RFC, OWASP or CWE page");
            Assert.That(dom.Text, Does.Contain(Payloads.Image), "the payload is shown as text");
            Assert.That(Payloads.HasUnsafeText(dom.Text), Is.False, "terminal escapes or bidi controls reached the page's text");
            Assert.That(report.ConsoleErrors, Is.Empty);
            Assert.That(report.OutsideRequests, Is.Empty);
        });
    }

    private static readonly string[] PeopleFiles = ["summary.md", "junit.xml"];

    [Test]
    public void Terminal_escapes_and_bidi_controls_reach_no_output_meant_for_people()
    {
        var folder = Path.GetDirectoryName(ServerRunReport)!;
        var results = File.ReadAllText(Path.Combine(folder, "results.json"));
        Assert.Multiple(() =>
        {
            // The evidence keeps what the endpoint sent (JSON-escaped in results.json): the payload did reach the run.
            Assert.That(results, Does.Contain("\\u202E").IgnoreCase.Or.Contain("\u202E"), "the endpoint's bidi control is in the stored evidence");
            Assert.That(Payloads.HasUnsafeText(_serverRun.Stdout + _serverRun.Stderr), Is.False, "console");
            foreach (var file in PeopleFiles)
                Assert.That(Payloads.HasUnsafeText(File.ReadAllText(Path.Combine(folder, file))), Is.False, file);
            var messages = System.Text.Json.Nodes.JsonNode.Parse(results)!["tests"]!.AsArray().Select(t => t!["message"]!.GetValue<string>()).ToArray();
            Assert.That(messages.Where(Payloads.HasUnsafeText), Is.Empty, "results.json messages");
            var refused = System.Text.Json.Nodes.JsonNode.Parse(results)!["scoping"]!["refused"]!.AsArray();
            Assert.That(refused, Is.Not.Empty, "the hostile server refuses every filter, so the run's scoping says so");
            Assert.That(refused.SelectMany(r => new[] { r!["request"]!.GetValue<string>(), r["answer"]!.GetValue<string>() }).Where(Payloads.HasUnsafeText),
                Is.Empty, "results.json scoping");
        });
    }

    /// <summary>What the page's DOM holds after the reader's tour (Playwright fills it by property name).</summary>
    public sealed class DomFindings
    {
        public string Xss { get; set; } = "";
        public int Images { get; set; }
        public int Scripts { get; set; }
        public int Handlers { get; set; }
        public int ScriptLinks { get; set; }
        public string Text { get; set; } = "";
    }
}
