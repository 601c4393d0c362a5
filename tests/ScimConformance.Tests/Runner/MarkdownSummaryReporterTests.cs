using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class MarkdownSummaryReporterTests
{
    private const string Injection = "bad | cell `code` <img src=x onerror=alert(1)> [link](http://evil) **bold**\n## heading";

    private static RunResult Run()
    {
        var run = SampleRuns.Hostile();
        var tests = run.Tests.Select(t => t.Check.Id == "USR-002" ? t with { Check = t.Check with { Title = "title | with <b>pipe</b>" }, Message = Injection } : t).ToArray();
        return run with { Tests = tests, Counts = OutcomeCounts.Of(tests), BaselineRemovable = ["USR-001"] };
    }

    [Test]
    public void Has_verdict_counts_and_failure_rows()
    {
        var md = new MarkdownSummaryReporter().Render(Run());
        Assert.Multiple(() =>
        {
            Assert.That(md, Does.StartWith("## SCIM conformance: FAILED"));
            Assert.That(md, Does.Contain("| fail | 1 |").And.Contain("| error | 1 |").And.Contain("| total | 5 |"));
            Assert.That(md, Does.Contain("| USR-002 | fail | high |"));
            Assert.That(md, Does.Contain("| GRP-002 | error | critical |"));
            Assert.That(md, Does.Not.Contain("| USR-001 |"), "passes are not failure rows");
            Assert.That(md, Does.Contain("### Can be removed from the baseline").And.Contain("now pass: USR-001."));
        });
    }

    [Test]
    public void Endpoint_text_cannot_break_the_table_or_inject_markup()
    {
        var md = new MarkdownSummaryReporter().Render(Run());
        var row = md.Split('\n').Single(l => l.StartsWith("| USR-002 ", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            // Five cells: six unescaped pipes on the row, none of them from the endpoint's text.
            Assert.That(row.Count(c => c == '|'), Is.EqualTo(6), row);
            Assert.That(row, Does.Not.Contain("<img").And.Not.Contain("<b>").And.Not.Contain("`"));
            Assert.That(row, Does.Contain("&lt;img"));
            Assert.That(md, Does.Not.Contain("\n## heading"), "a newline in a message cannot start a heading");
            Assert.That(row, Does.Contain("\\[link\\]"));
        });
    }

    [Test]
    public void Passing_run_says_passed_and_has_no_failure_table()
    {
        var run = SampleRuns.Hostile();
        var tests = run.Tests.Where(t => t.Outcome is Outcome.Pass or Outcome.Warn).ToArray();
        var md = new MarkdownSummaryReporter().Render(run with { Tests = tests, Counts = OutcomeCounts.Of(tests) });
        Assert.That(md, Does.StartWith("## SCIM conformance: PASSED").And.Not.Contain("### Failures"));
    }

    [Test]
    public void Cell_escaping_removes_newlines_and_control_characters()
    {
        Assert.That(MarkdownText.Cell("a\r\nb|c`d\u0007e<f>"), Is.EqualTo("a b&#124;c&#96;de&lt;f&gt;"));
    }
}
