using Microsoft.Playwright;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Model;
using ScimConformance.Tests.Runner;
using ScimConformance.Tests.Support;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Browser;

/// <summary>
/// The layout of report.html for people (issue 15 item 6): the verdict first, then the findings' place, then the failures;
/// the identity providers as one row each with the full matrix behind a toggle; the static view when scripts are off or
/// blocked by a CI server's Content-Security-Policy; and requirement, CWE and OWASP ids linked to their pages (item 5).
/// </summary>
[TestFixture]
[Category("Browser")]
[NonParallelizable]
public sealed class ReportLayoutBrowserTests : RenderedReportsFixture
{
    /// <summary>Jenkins' default Content-Security-Policy for archived artifacts.</summary>
    public const string JenkinsPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'self';";

    protected override IReadOnlyDictionary<string, RunResult> Runs() => new Dictionary<string, RunResult> { ["gated"] = Gated(), ["hostile"] = HostileRuns.Build() };

    /// <summary>Failures, warnings, three providers and a gate; one check maps to a CWE and cites an OWASP risk.</summary>
    internal static RunResult Gated()
    {
        var run = ProviderRuns.Mixed();
        var tests = run.Tests.Select(t => t.Check.Id == "USR-002"
            ? t with { Check = t.Check with { Cwe = "CWE-306", Requirements = [.. t.Check.Requirements, "POWASP-API1-01"] } }
            : t).ToArray();
        run = run with { Tests = tests, Counts = OutcomeCounts.Of(tests) };
        return run with { Gate = ExitGate.Decide(run, Severity.Low, null, GateRuns.ExitCodeOf) };
    }

    [Test]
    public async Task The_verdict_leads_then_the_findings_place_then_the_failures()
    {
        await using var report = await Chromium.OpenAsync(ReportOf("gated"));
        var order = await report.Page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('main > section')).map(s => s.id)");
        Assert.Multiple(() =>
        {
            Assert.That(report.ConsoleErrors, Is.Empty, "console errors (CSP violations show here)");
            Assert.That(order.Take(3), Is.EqualTo(new[] { "summary", "findings", "failures" }));
            Assert.That(Array.IndexOf(order, "compatibility"), Is.GreaterThan(Array.IndexOf(order, "failures")), "the provider section follows the failures");
        });
        Assert.That(await report.Page.Locator("#static-report").CountAsync(), Is.Zero, "the script replaces the static view");
    }

    [Test]
    public async Task Each_provider_is_one_row_with_its_failing_and_warning_steps_and_the_matrix_waits_behind_a_toggle()
    {
        await using var report = await Chromium.OpenAsync(ReportOf("gated"));
        var page = report.Page;
        var rows = await page.EvaluateAsync<string[][]>(@"() => Array.from(document.querySelectorAll('#compatibility table.compat-summary tr')).slice(1)
            .map(r => Array.from(r.cells).map(c => c.textContent))");
        Assert.That(rows, Is.EqualTo(new[]
        {
            new[] { "entra", "Unconfirmed", "failuser.deactivate (low confidence)", "none", "1 pass" },
            new[] { "okta", "Incompatible", "failuser.deactivate", "warngroup.push (low confidence)", "1 pass" },
            new[] { "onelogin", "Compatible", "none", "warnuser.deactivate (medium confidence)", "1 pass" },
        }));
        var matrix = page.Locator("#compatibility table.compat-table");
        Assert.That(await matrix.IsVisibleAsync(), Is.False, "the full matrix is closed until asked for");
        await page.Locator("#compatibility details.compat-full > summary").ClickAsync();
        await Assertions.Expect(matrix).ToBeVisibleAsync();
        Assert.That(await matrix.Locator("tr").CountAsync(), Is.EqualTo(4), "a header and one row per provider");

        // A failing step links to the check that replays it.
        await page.Locator("#compatibility .compat-summary a.compat-step-link", new() { HasText = "user.deactivate" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("details#test-ENTRA-002")).ToHaveAttributeAsync("open", new System.Text.RegularExpressions.Regex("^.*$"));
    }

    [Test]
    public async Task Requirement_cwe_and_owasp_ids_link_to_their_pages()
    {
        await using var report = await Chromium.OpenAsync(ReportOf("gated"));
        var page = report.Page;
        var failure = page.Locator("#failures details#test-USR-002");
        var links = await failure.Locator("a.out-link").EvaluateAllAsync<string[]>("links => links.map(a => a.textContent + ' ' + a.href + ' ' + a.target + ' ' + a.rel)");
        Assert.That(links, Is.SupersetOf(new[]
        {
            "R7644-3.3-01 https://www.rfc-editor.org/rfc/rfc7644#section-3.3 _blank noopener noreferrer",
            "R7643-2.1-02 https://www.rfc-editor.org/rfc/rfc7643#section-2.1 _blank noopener noreferrer",
            "POWASP-API1-01 https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/ _blank noopener noreferrer",
            "CWE-306 https://cwe.mitre.org/data/definitions/306.html _blank noopener noreferrer",
        }));
        var coverageLink = await page.Locator("#coverage tr[data-status] a.out-link", new() { HasText = "R7644-3.4.2.2-01" }).GetAttributeAsync("href");
        Assert.That(coverageLink, Is.EqualTo("https://www.rfc-editor.org/rfc/rfc7644#section-3.4.2.2"));
        Assert.That(report.OutsideRequests, Is.Empty, "links are not followed by rendering the page");
    }

    [Test]
    public async Task With_scripts_off_the_static_view_shows_verdict_counts_and_failures()
    {
        await using var report = await Chromium.OpenAsync(ReportOf("gated"), javaScript: false);
        var view = await StaticViewAsync(report.Page);
        AssertStaticView(view);
    }

    [Test]
    public async Task Under_jenkins_default_csp_the_static_view_is_readable()
    {
        var html = await File.ReadAllBytesAsync(ReportOf("gated"));
        await using var server = await StubHttpServer.StartAsync(async context =>
        {
            context.Response.Headers.ContentSecurityPolicy = JenkinsPolicy;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.Body.WriteAsync(html);
        });
        var context = await Chromium.Browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            var response = await page.GotoAsync(new Uri(server.Root, "report.html").ToString());
            Assert.That(response!.Headers["content-security-policy"], Is.EqualTo(JenkinsPolicy));
            AssertStaticView(await StaticViewAsync(page));
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    [Test]
    public async Task The_static_view_shows_hostile_endpoint_text_as_text_only()
    {
        await using var report = await Chromium.OpenAsync(ReportOf("hostile"), javaScript: false);
        var dom = await report.Page.EvaluateAsync<HostileView>(@"() => {
            const fallback = document.getElementById('static-report');
            return {
                elements: fallback.querySelectorAll('img, svg, iframe, object, embed, script, a, link, style').length,
                handlers: Array.from(fallback.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length,
                text: fallback.innerText
            };
        }");
        Assert.Multiple(() =>
        {
            Assert.That(dom.Elements, Is.Zero, "a payload became an element");
            Assert.That(dom.Handlers, Is.Zero, "an element carries an on* attribute");
            Assert.That(dom.Text, Does.Contain(Payloads.Image), "the payload is shown as text");
            Assert.That(Payloads.HasUnsafeText(dom.Text), Is.False, "terminal escapes or bidi controls reached the static view");
        });
    }

    private sealed class HostileView
    {
        public int Elements { get; set; }
        public int Handlers { get; set; }
        public string Text { get; set; } = "";
    }

    private static Task<StaticView> StaticViewAsync(IPage page) => page.EvaluateAsync<StaticView>(@"() => {
        const fallback = document.getElementById('static-report');
        return {
            shown: !!fallback && fallback.offsetParent !== null,
            text: fallback ? fallback.innerText : '',
            failures: fallback ? Array.from(fallback.querySelectorAll('section.static-failure h3')).map(h => h.textContent) : [],
            rendered: document.getElementById('summary').childElementCount,
            scripts: document.querySelectorAll('#static-report script').length
        };
    }");

    private static void AssertStaticView(StaticView view)
    {
        var run = Gated();
        Assert.Multiple(() =>
        {
            Assert.That(view.Shown, Is.True, "the static view is displayed");
            Assert.That(view.Rendered, Is.Zero, "no script ran");
            Assert.That(view.Text, Does.Contain("Verdict: FAILED").And.Contain("Gate: --fail-on low, no baseline; exit code 1."));
            Assert.That(view.Text, Does.Contain("fail\t" + run.Counts.Fail).And.Contain("pass\t" + run.Counts.Pass).And.Contain("total\t" + run.Counts.Total));
            Assert.That(view.Failures, Has.Length.EqualTo(run.Counts.Fail + run.Counts.Error));
            Assert.That(view.Failures[0], Does.StartWith("FAIL \u00b7 high \u00b7 USR-002"));
            Assert.That(view.Text, Does.Contain(SampleRuns.HostileBody.Split('\u2028')[0]), "endpoint text shows as text");
            Assert.That(view.Text, Does.Contain("R7644-3.3-01 (RFC 7644 \u00a73.3)"));
            Assert.That(view.Scripts, Is.Zero, "endpoint text made no element");
        });
    }

    private sealed class StaticView
    {
        public bool Shown { get; set; }
        public string Text { get; set; } = "";
        public string[] Failures { get; set; } = [];
        public int Rendered { get; set; }
        public int Scripts { get; set; }
    }
}
