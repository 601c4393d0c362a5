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
}
