using System.Globalization;
using System.Net;
using System.Text;
using ScimConformance.Core.Catalog;
using ScimConformance.Runner.Findings;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting.Html;

/// <summary>
/// The part of report.html that needs no script and no style: verdict, gate, counts, findings, failures and accepted failures as
/// plain HTML written here, so a viewer that blocks scripts (a CI server's Content-Security-Policy such as Jenkins'
/// <c>sandbox; default-src 'none'</c>, a mail client, JavaScript turned off) still reads what matters. The page's
/// script removes it when it runs. Every text is cleaned (<see cref="XmlText"/>) and HTML-encoded; no attribute comes
/// from the endpoint, and nothing links out.
/// </summary>
public static class StaticFallback
{
    /// <summary>Longest message shown per failure here; the script view and results.json have all of it.</summary>
    public const int MaxMessageChars = 2000;

    public static string Render(RunResult result, RequirementCatalog catalogue)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(catalogue);
        var html = new StringBuilder();
        html.Append("<div id=\"static-report\" class=\"static-report\">\n");
        html.Append("<p class=\"static-note\"><strong>Static view.</strong> Scripts did not run here (blocked by the viewer's policy or turned off), ")
            .Append("so this is the verdict, the counts and the failures only; results.json beside this file holds every check and its evidence.</p>\n");
        Verdict(html, result);
        Counts(html, result);
        Findings(html, result.Findings);
        Failures(html, result, catalogue);
        Accepted(html, result);
        html.Append("</div>\n");
        return html.ToString();
    }

    /// <summary>PASSED, FAILED or INTERRUPTED: the gate's verdict, or from the counts for a results.json written before the gate was recorded.</summary>
    public static string VerdictWord(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Gate is { } gate ? GateText.Verdict(gate) : result.Interrupted ? "INTERRUPTED" : result.Passed ? "PASSED" : "FAILED";
    }

    private static void Verdict(StringBuilder html, RunResult result)
    {
        html.Append("<h2 class=\"static-verdict\">Verdict: ").Append(VerdictWord(result)).Append("</h2>\n");
        html.Append("<p>").Append(Text(result.Target.BaseUrl)).Append(" \u00b7 run ").Append(Text(result.RunId))
            .Append(" \u00b7 seed ").Append(result.Seed.ToString(CultureInfo.InvariantCulture))
            .Append(" \u00b7 started ").Append(result.StartedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).Append("</p>\n");
        if (result.Gate is not { } gate) return;
        html.Append("<p>Gate: ").Append(Text(GateText.Settings(gate))).Append("; exit code ")
            .Append(gate.ExitCode.ToString(CultureInfo.InvariantCulture)).Append(".</p>\n<ul>\n");
        foreach (var reason in gate.Reasons) html.Append("<li>").Append(Text(reason)).Append("</li>\n");
        html.Append("</ul>\n");
    }

    private static void Counts(StringBuilder html, RunResult result)
    {
        var c = result.Counts;
        html.Append("<table class=\"static-counts\">\n<caption>Checks by outcome</caption>\n<tr><th scope=\"col\">outcome</th><th scope=\"col\">checks</th></tr>\n");
        foreach (var (name, n) in new[] { ("fail", c.Fail), ("error", c.Error), ("accepted", c.Accepted), ("warn", c.Warn), ("skip", c.Skip), ("not run", c.NotRun), ("pass", c.Pass), ("total", c.Total) })
            if (n > 0 || name is not ("not run" or "accepted"))
                html.Append("<tr><td>").Append(name).Append("</td><td>").Append(n.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        html.Append("</table>\n");
        if (result.Leftovers.Count > 0)
            html.Append("<p><strong>").Append(result.Leftovers.Count.ToString(CultureInfo.InvariantCulture))
                .Append(" resources the run created could not be deleted; remove them by hand (listed in results.json, leftovers).</strong></p>\n");
    }

    private static void Failures(StringBuilder html, RunResult result, RequirementCatalog catalogue)
    {
        var failures = result.Tests.Where(t => t.Outcome is Outcome.Fail or Outcome.Error)
            .OrderBy(t => t.Outcome == Outcome.Fail ? 0 : 1).ThenByDescending(t => t.Check.Severity).ThenBy(t => t.Check.Id, StringComparer.Ordinal).ToArray();
        html.Append("<h2>Failures and errors (").Append(failures.Length.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n");
        if (failures.Length == 0)
        {
            html.Append("<p>No check failed and every check could decide.</p>\n");
            return;
        }
        foreach (var t in failures)
        {
            html.Append("<section class=\"static-failure\">\n<h3>").Append(t.Outcome == Outcome.Fail ? "FAIL" : "ERROR").Append(" \u00b7 ")
                .Append(Lower(t.Check.Severity)).Append(" \u00b7 ").Append(Text(t.Check.Id)).Append(" \u00b7 ").Append(Text(t.Check.Title)).Append("</h3>\n");
            var message = XmlText.Clean(t.Message);
            if (message.Length > MaxMessageChars) message = message[..MaxMessageChars] + "\n[cut here; the whole message is in results.json]";
            if (message.Length > 0) html.Append("<pre>").Append(WebUtility.HtmlEncode(message)).Append("</pre>\n");
            if (t.Check.Remediation.Length > 0) html.Append("<p>How to fix: ").Append(Text(t.Check.Remediation)).Append("</p>\n");
            if (t.Check.Requirements.Count > 0)
            {
                html.Append("<p>Requirements: ");
                html.AppendJoin(", ", t.Check.Requirements.Select(id => RequirementText(id, catalogue)));
                html.Append("</p>\n");
            }
            html.Append("</section>\n");
        }
    }

    /// <summary>Each cause once, with the command that shows it: what a vendor fixes first, before the checks it broke.</summary>
    private static void Findings(StringBuilder html, IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return;
        html.Append("<h2>Findings (").Append(findings.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n");
        foreach (var f in findings)
        {
            html.Append("<section class=\"static-finding\">\n<h3>").Append(Text(f.Id)).Append(" \u00b7 ").Append(Lower(f.Severity))
                .Append(" \u00b7 ").Append(Text(f.Title)).Append("</h3>\n<p>").Append(Text(f.Cause)).Append("</p>\n");
            html.Append("<p>Checks: ").AppendJoin(", ", f.Checks.Select(Text));
            if (f.Requirements.Count > 0) html.Append("; requirements: ").AppendJoin(", ", f.Requirements.Select(Text));
            html.Append("</p>\n");
            if (f.Reproduction is { } repro)
                html.Append("<p>Reproduce (").Append(Text(repro.Check)).Append("):</p>\n<pre>").Append(WebUtility.HtmlEncode(XmlText.Clean(repro.Curl))).Append("</pre>\n");
            html.Append("</section>\n");
        }
    }

    private static void Accepted(StringBuilder html, RunResult result)
    {
        var accepted = result.Tests.Where(t => t.Outcome is Outcome.Accepted)
            .OrderByDescending(t => t.Check.Severity).ThenBy(t => t.Check.Id, StringComparer.Ordinal).ToArray();
        if (accepted.Length == 0) return;
        html.Append("<h2>Accepted by the baseline (").Append(accepted.Length.ToString(CultureInfo.InvariantCulture)).Append(")</h2>\n");
        html.Append("<p>These still fail; the baseline lists them, so they do not change the exit code.</p>\n<ul>\n");
        foreach (var t in accepted)
            html.Append("<li>").Append(Lower(t.Check.Severity)).Append(" \u00b7 ").Append(Text(t.Check.Id)).Append(" \u00b7 ").Append(Text(t.Check.Title)).Append("</li>\n");
        html.Append("</ul>\n");
    }

    // "R7644-3.3-01 (RFC 7644 §3.3)": where to read it, as text; the page that loads nothing makes no link either.
    private static string RequirementText(string id, RequirementCatalog catalogue)
    {
        if (!catalogue.Contains(id)) return Text(id);
        var r = catalogue.Get(id);
        return Text(id) + " (" + Text(r.Source) + " \u00a7" + Text(r.Section) + ")";
    }

    private static string Lower<T>(T value) where T : Enum => value.ToString().ToLowerInvariant();

    private static string Text(string? text) => WebUtility.HtmlEncode(XmlText.Clean(text));
}
