using ScimConformance.Core.Catalog;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting.Html;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// report.html: one self-contained page (inline style and script, no external URL, a CSP that forbids
/// any network) for people. The run model and the requirement catalogue travel as JSON in a
/// script-safe data element; the page renders them as text only.
/// </summary>
public sealed class HtmlReporter(RequirementCatalog? catalogue = null) : IReporter
{
    public const int MaxBodyChars = HtmlReportData.MaxBodyChars;

    private readonly RequirementCatalog _catalogue = catalogue ?? RequirementCatalog.Default;

    public string FileName => "report.html";

    public string Render(RunResult result)
    {
        return HtmlTemplate.Fill(ScriptSafeJson.Escape(HtmlReportData.BuildJson(result, _catalogue)));
    }

    public void Write(RunResult result, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (before, after) = HtmlTemplate.Around();
        var utf8 = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        output.Write(utf8.GetBytes(before));
        // The data goes from the serialiser's UTF-8 buffer through the escape to the file, never as a string.
        using var data = HtmlReportData.BuildUtf8(result, _catalogue);
        ScriptSafeJson.Write(data.GetBuffer().AsSpan(0, (int)data.Length), output);
        output.Write(utf8.GetBytes(after));
    }
}
