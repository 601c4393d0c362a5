using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ScimConformance.Tests.Browser;

/// <summary>
/// One report loaded in its own browser context, with every request routed through a guard: the
/// report file itself may load, any other URL is aborted and recorded. Console errors (CSP
/// violations included) and uncaught exceptions are recorded too.
/// </summary>
internal sealed class ReportPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private ReportPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    public ConcurrentQueue<string> ConsoleErrors { get; } = new();

    public ConcurrentQueue<string> OutsideRequests { get; } = new();

    public static async Task<ReportPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        var report = new ReportPage(context, page);
        await context.RouteAsync("**/*", async route =>
        {
            var requested = route.Request.Url;
            if (requested.StartsWith("file:", StringComparison.Ordinal) || requested.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }
            report.OutsideRequests.Enqueue(requested);
            await route.AbortAsync();
        });
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                report.OutsideRequests.Enqueue(request.Url);
        };
        page.Console += (_, message) => { if (message.Type == "error") report.ConsoleErrors.Enqueue(message.Text); };
        page.PageError += (_, error) => report.ConsoleErrors.Enqueue("uncaught: " + error);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return report;
    }

    /// <summary>Ids of the checks whose row (full detail or reference) is currently displayed.</summary>
    public async Task<IReadOnlyList<string>> VisibleTestIdsAsync()
    {
        var ids = await Page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('#failures details.test, #results details.test, #results .test-ref'))" +
            ".filter(n => n.offsetParent !== null).map(n => n.querySelector('.tid').textContent)");
        return ids.Distinct().ToList();
    }

    /// <summary>Opens every collapsed detail on the page, the way a curious reader would.</summary>
    public Task OpenEveryDetailAsync() =>
        Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
    }
}
