using System.Globalization;
using System.Text;
using ScimConformance.Runner.Gating;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// summary.md, made for $GITHUB_STEP_SUMMARY (and any Markdown viewer): verdict and gate, counts, findings, failures, accepted
/// failures and stale baseline entries. Everything that came from the endpoint goes through <see cref="MarkdownText"/>.
/// </summary>
public sealed class MarkdownSummaryReporter : IReporter
{
    public string FileName => "summary.md";

    public string Render(RunResult result)
    {
        var c = result.Counts;
        var md = new StringBuilder();
        md.AppendLine("## SCIM conformance: " + Verdict(result));
        md.AppendLine();
        if (result.Gate is { } gate)
        {
            md.AppendLine(Invariant($"**Gate**: {MarkdownText.Cell(GateText.Settings(gate))}; exit code {gate.ExitCode}."));
            md.AppendLine();
            foreach (var reason in gate.Reasons) md.AppendLine("- " + MarkdownText.Cell(reason));
            md.AppendLine();
        }
        md.AppendLine(Invariant($"{c.Fail} failed, {c.Error} errors, {c.Accepted} accepted by the baseline, {c.Warn} warnings, {c.Skip} skipped, {c.Pass} passed of {c.Total} checks against {MarkdownText.Cell(result.Target.BaseUrl)} (run {MarkdownText.Cell(result.RunId)}, seed {result.Seed})."));
        md.AppendLine();
        md.AppendLine("| outcome | count |");
        md.AppendLine("| --- | ---: |");
        foreach (var (name, n) in new[] { ("fail", c.Fail), ("error", c.Error), ("accepted", c.Accepted), ("warn", c.Warn), ("skip", c.Skip), ("not run", c.NotRun), ("pass", c.Pass), ("total", c.Total) })
            if (n > 0 || name is not "not run") md.AppendLine(Invariant($"| {name} | {n} |"));

        MarkdownFindings.Write(md, result.Findings);
        Table(md, "Failures", result.Tests.Where(t => t.Outcome is Outcome.Fail or Outcome.Error));
        var accepted = result.Tests.Where(t => t.Outcome is Outcome.Accepted).ToArray();
        Table(md, Invariant($"Accepted by the baseline ({accepted.Length})"), accepted,
            "Known failures the baseline lists: they still fail, they just do not change the exit code. By severity: " + BySeverity(accepted) + ".");

        if (result.BaselineRemovable.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("### Can be removed from the baseline");
            md.AppendLine();
            md.AppendLine("These baseline entries now pass: " + string.Join(", ", result.BaselineRemovable.Select(id => MarkdownText.Cell(id))) + ".");
        }
        if (result.Leftovers.Count > 0)
        {
            md.AppendLine();
            md.AppendLine(Invariant($"### {result.Leftovers.Count} resources could not be deleted; remove them by hand"));
            md.AppendLine();
            foreach (var entry in result.Leftovers)
                md.AppendLine("- " + MarkdownText.Cell(entry.RelativePath) + " (" + MarkdownText.Cell(entry.CleanupError ?? "not deleted") + ")");
        }
        MarkdownCoverage.Append(md, result.Coverage);
        if (result.Command.Length > 0)
        {
            md.AppendLine();
            md.AppendLine("Reproduce: " + MarkdownText.Cell(result.Command, maxChars: 2000));
        }
        return md.ToString();
    }

    /// <summary>The gate's verdict, so the heading says PASSED only when the exit code was 0; a file from before the gate was recorded falls back to the counts.</summary>
    private static string Verdict(RunResult result) => Html.StaticFallback.VerdictWord(result);

    private static void Table(StringBuilder md, string heading, IEnumerable<TestOutcome> tests, string? note = null)
    {
        var rows = tests.OrderByDescending(t => t.Check.Severity).ThenBy(t => t.Check.Id, StringComparer.Ordinal).ToArray();
        if (rows.Length == 0) return;
        md.AppendLine();
        md.AppendLine("### " + heading);
        md.AppendLine();
        if (note is not null)
        {
            md.AppendLine(note);
            md.AppendLine();
        }
        md.AppendLine("| id | outcome | severity | title | message |");
        md.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var t in rows)
            md.AppendLine($"| {MarkdownText.Cell(t.Check.Id)} | {t.Outcome.ToString().ToLowerInvariant()} | {t.Check.Severity.ToString().ToLowerInvariant()} | <a id=\"{MarkdownFindings.Anchor(t.Check.Id)}\"></a>{MarkdownText.Cell(t.Check.Title)} | {MarkdownText.FirstLine(t.Message)} |");
    }

    /// <summary>"2 critical, 1 high": every severity, most severe first, with a count of zero left out.</summary>
    private static string BySeverity(IEnumerable<TestOutcome> tests) => string.Join(", ", tests
        .GroupBy(t => t.Check.Severity).OrderByDescending(g => g.Key)
        .Select(g => Invariant($"{g.Count()} {g.Key.ToString().ToLowerInvariant()}")));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
