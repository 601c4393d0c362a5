using System.Globalization;
using System.Text;
using ScimConformance.Runner.Findings;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// The findings section of summary.md: one entry per cause, most severe first, with its checks (each linked to its row
/// in the failures table below), the requirements it breaks, the cause, and the reproduction as a shell block.
/// </summary>
public static class MarkdownFindings
{
    public static void Write(StringBuilder md, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count == 0) return;
        md.AppendLine();
        md.AppendLine(string.Create(CultureInfo.InvariantCulture, $"### Findings ({findings.Count})"));
        md.AppendLine();
        md.AppendLine("Failures grouped by cause, most severe first; each check links to its row under Failures.");
        foreach (var f in findings)
        {
            md.AppendLine();
            md.AppendLine($"#### {f.Id} [{f.Severity.ToString().ToLowerInvariant()}] {MarkdownText.Cell(f.Title)}");
            md.AppendLine();
            md.AppendLine("- **Cause**: " + MarkdownText.Cell(f.Cause, maxChars: 600));
            md.AppendLine("- **Checks**: " + string.Join(", ", f.Checks.Select(id => $"[{MarkdownText.Cell(id)}](#{Anchor(id)})")));
            md.AppendLine("- **Breaks**: " + string.Join(", ", f.Requirements.Select(id => MarkdownText.Cell(id))));
            if (f.Reproduction is not { } r) continue;
            var answered = r.Status is { } status ? status.ToString(CultureInfo.InvariantCulture) : "no answer";
            var seen = r.Expected is not null || r.Observed is not null
                ? $"; expected {MarkdownText.Cell(r.Expected ?? "(not said)")}, observed {MarkdownText.Cell(r.Observed ?? "(not said)")}"
                : "";
            md.AppendLine($"- **Reproduce** (from {MarkdownText.Cell(r.Check)}, answered {answered}{seen}):");
            md.AppendLine();
            var fence = Fence(r.Curl);
            md.AppendLine(fence + "sh");
            md.AppendLine(r.Curl);
            md.AppendLine(fence);
        }
    }

    /// <summary>The anchor of a check's row in the failures table (the id cell carries it).</summary>
    public static string Anchor(string checkId) =>
        "check-" + new string(checkId.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>A backtick fence longer than any run of backticks in the text, so a body cannot close the block.</summary>
    private static string Fence(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return new string('`', Math.Max(3, longest + 1));
    }
}
