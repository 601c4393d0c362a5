using ScimConformance.Core.Catalog;
using ScimConformance.Runner.History;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting.Html;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// report.html: one self-contained page (inline style and script, no external URL, a CSP that forbids
/// any network) for people, with a static view of verdict, counts and failures for viewers that block scripts. The run model and the requirement catalogue travel as JSON in a
/// script-safe data element; the page renders them as text only. With <c>history</c> (the runs of a trend, this one
/// last) the page charts them.
/// </summary>
public sealed class HtmlReporter(RequirementCatalog? catalogue = null, IReadOnlyList<RunTrendPoint>? history = null) : IReporter
{
    public const int MaxBodyChars = HtmlReportData.MaxBodyChars;

    private readonly RequirementCatalog _catalogue = catalogue ?? RequirementCatalog.Default;

    public string FileName => "report.html";

    public string Render(RunResult result)
    {
        return HtmlTemplate.Fill(ScriptSafeJson.Escape(HtmlReportData.BuildJson(result, _catalogue, history)), StaticFallback.Render(result, _catalogue));
    }

    public void Write(RunResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (before, after) = HtmlTemplate.Around(StaticFallback.Render(result, _catalogue));
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        output.Write(utf8.GetBytes(before));
        // The data goes from the serialiser's UTF-8 buffer through the escape to the file, never as a string.
        using var data = HtmlReportData.BuildUtf8(result, _catalogue, history);
        ScriptSafeJson.Write(data.GetBuffer().AsSpan(0, (int)data.Length), output);
        output.Write(utf8.GetBytes(after));
    }
}
