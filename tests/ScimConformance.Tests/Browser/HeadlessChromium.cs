using Microsoft.Playwright;

namespace ScimConformance.Tests.Browser;

/// <summary>
/// The machine's Debian Chromium driven by Playwright, headless and quiet: no sandbox (containers),
/// no GPU, and none of the background traffic (updates, sync) a browser makes on its own.
/// Playwright's own browser download is never used.
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private readonly IPlaywright _playwright;

    private HeadlessChromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<HeadlessChromium> LaunchAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new FileNotFoundException("Chromium is not installed; test.sh installs it with apt-get.", ExecutablePath);
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
            return new HeadlessChromium(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens a report file in a fresh, guarded page (with scripts off when <paramref name="javaScript"/> is false).</summary>
    public async Task<ReportPage> OpenAsync(string reportPath, string fragment = "", bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, JavaScriptEnabled = javaScript });
        return await ReportPage.OpenAsync(context, new Uri(reportPath).AbsoluteUri + fragment);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
