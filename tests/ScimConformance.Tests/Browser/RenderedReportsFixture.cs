using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Browser;

/// <summary>
/// Base of the report browser tests: renders report.html for each named run once, launches the distribution's
/// Chromium, and removes both afterwards. A test opens a report with <see cref="ReportOf"/>.
/// </summary>
public abstract class RenderedReportsFixture
{
    private string _out = null!;

    private protected HeadlessChromium Chromium { get; private set; } = null!;

    /// <summary>The runs to render, keyed by a folder name.</summary>
    protected abstract IReadOnlyDictionary<string, RunResult> Runs();

    protected string ReportOf(string name) => Path.Combine(_out, name, "report.html");

    [OneTimeSetUp]
    public async Task RenderReportsAndLaunchBrowser()
    {
        _out = Path.Combine(Path.GetTempPath(), "scimconf-browser-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var (name, run) in Runs())
            new ReportWriter([new HtmlReporter()]).Write(run, Path.Combine(_out, name));
        Chromium = await HeadlessChromium.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task CloseBrowser()
    {
        if (Chromium is not null) await Chromium.DisposeAsync();
        if (Directory.Exists(_out)) Directory.Delete(_out, recursive: true);
    }
}
