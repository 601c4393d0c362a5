using System.Globalization;
using System.Text;
using ScimConformance.Runner.Model.Coverage;

namespace ScimConformance.Runner.Reporting;

/// <summary>summary.md's coverage section: the numbers of <see cref="CoverageSummary"/>, as report.html and results.json have them.</summary>
public static class MarkdownCoverage
{
    public static void Append(StringBuilder md, CoverageSummary coverage)
    {
        ArgumentNullException.ThrowIfNull(md);
        ArgumentNullException.ThrowIfNull(coverage);
        var t = coverage.Total;
        md.AppendLine();
        md.AppendLine("### Requirement coverage");
        md.AppendLine();
        md.AppendLine(Sentence(t));
        md.AppendLine();
        md.AppendLine("| source | testable | verified | of which failing | check skipped here | no check | not testable (not counted) |");
        md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var s in coverage.Sources.Append(t))
            md.AppendLine(Invariant($"| {(s == t ? "**all**" : MarkdownText.Cell(s.Source))} | {s.Testable} | {s.Verified} | {s.Failing} | {s.Skipped} | {s.NoCheck} | {s.NotTestable} |"));
    }

    /// <summary>"190 of 281 testable requirements verified in this run (12 failing); ..." (the page's headline says the same).</summary>
    public static string Sentence(SourceCoverage t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return Invariant($"{t.Verified} of {t.Testable} testable requirements verified in this run ({t.Failing} failing); {t.Skipped} have a check that was skipped here; {t.NoCheck} have no check. {t.NotTestable} not observable from outside are not counted.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
