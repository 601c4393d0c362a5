using System.Text.RegularExpressions;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// The report page from reports-template/ (embedded as "template.*" resources): report.html with
/// {{style}}, {{script}} and {{data}} slots, filled in one pass so inserted text is never re-scanned.
/// </summary>
public static partial class HtmlTemplate
{
    [GeneratedRegex(@"\{\{(style|script|data)\}\}")]
    private static partial Regex Slot();

    public static string Fill(string escapedJson)
    {
        var page = Resource("report.html");
        var style = Resource("report.css");
        var script = Resource("report.js");
        return Slot().Replace(page, m => m.Groups[1].Value switch
        {
            "style" => style,
            "script" => script,
            _ => escapedJson,
        });
    }

    private static string Resource(string file)
    {
        var name = "template." + file;
        using var stream = typeof(HtmlTemplate).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The report template resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
