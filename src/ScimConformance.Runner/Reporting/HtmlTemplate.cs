using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// The report page from reports-template/ (embedded as "template.*" resources): report.html with
/// {{csp}}, {{style}}, {{fallback}}, {{script}} and {{data}} slots, filled in one pass so inserted text is never re-scanned.
/// The stylesheets and scripts are concatenated in the order below; the scripts share one function scope.
/// </summary>
public static partial class HtmlTemplate
{
    public static IReadOnlyList<string> Styles { get; } = ["report.css", "findings.css", "print.css"];

    public static IReadOnlyList<string> Scripts { get; } = ["core.js", "compatibility.js", "timeline.js", "summary.js", "findings.js", "results.js", "accepted.js", "trend.js", "coverage.js", "latency.js", "filters.js", "report.js"];

    [GeneratedRegex(@"\{\{(csp|style|fallback|script|data)\}\}")]
    private static partial Regex Slot();

    public static string Fill(string escapedJson, string fallback = "")
    {
        var (before, after) = Around(fallback);
        return before + escapedJson + after;
    }

    /// <summary>
    /// The page up to the data slot and after it, every other slot filled (for writing the data in between as a stream);
    /// <paramref name="fallback"/> is the static HTML shown when scripts do not run (<see cref="Html.StaticFallback"/>).
    /// </summary>
    public static (string Before, string After) Around(string fallback = "")
    {
        var style = string.Join("\n", Styles.Select(Resource));
        var script = "(function () {\n'use strict';\n" + string.Join("\n", Scripts.Select(Resource)) + "\n})();";
        var csp = ContentSecurityPolicy(style, script);
        const string data = "\u0000data\u0000";
        var page = Slot().Replace(Resource("report.html"), m => m.Groups[1].Value switch
        {
            "csp" => csp,
            "style" => style,
            "script" => script,
            "fallback" => fallback,
            _ => data,
        });
        var at = page.IndexOf(data, StringComparison.Ordinal);
        return (page[..at], page[(at + data.Length)..]);
    }

    /// <summary>
    /// Nothing may load over the network, and only the page's own inline style and script (pinned by
    /// hash) may apply: even markup that slipped into the page could not run or fetch anything.
    /// </summary>
    public static string ContentSecurityPolicy(string style, string script) =>
        $"default-src 'none'; script-src '{Hash(script)}'; style-src '{Hash(style)}'; img-src data:; " +
        "font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

    private static string Hash(string inline) =>
        "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)));

    private static string Resource(string file)
    {
        var name = "template." + file;
        using var stream = typeof(HtmlTemplate).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The report template resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
