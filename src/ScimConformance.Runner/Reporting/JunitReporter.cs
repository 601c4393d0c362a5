using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ScimConformance.Runner.Findings;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// junit.xml for CI systems: one testsuite per area, one testcase per check. A failure is &lt;failure&gt; whose message
/// ends with the finding it belongs to (the cause it shares with other checks, "[finding F2: ...]"), a
/// harness error &lt;error&gt;, a skip or a check an interruption stopped &lt;skipped&gt;, and so is a failure the baseline
/// accepts ("accepted by baseline", with the failure's detail: it did not pass, it just does not gate); a warning
/// passes with a note. It keeps to the content model of the strictest common consumer, the
/// Jenkins xUnit plugin's junit-10.xsd: no properties on a testcase (its id, severity and requirements are in its
/// name and failure text), no skipped count or timestamp on testsuites (each testsuite carries them).
/// </summary>
public sealed class JunitReporter : IReporter
{
    public string FileName => "junit.xml";

    public string Render(RunResult result)
    {
        var root = new XElement("testsuites",
            new XAttribute("name", "scimconf " + Clean(result.Target.BaseUrl)),
            new XAttribute("tests", result.Counts.Total),
            new XAttribute("failures", result.Counts.Fail),
            new XAttribute("errors", result.Counts.Error),
            new XAttribute("time", Seconds(result.Duration)));

        var findings = FindingIndex.Of(result);
        foreach (var area in result.Tests.GroupBy(t => t.Check.Area).OrderBy(g => g.Key, StringComparer.Ordinal))
            root.Add(Suite(area.Key, area.ToList(), result, findings));

        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
            document.Save(writer);
        return builder.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    private static XElement Suite(string area, List<TestOutcome> tests, RunResult result, FindingIndex findings)
    {
        var counts = OutcomeCounts.Of(tests);
        return new XElement("testsuite",
            new XAttribute("name", Clean(area)),
            new XAttribute("tests", counts.Total),
            new XAttribute("failures", counts.Fail),
            new XAttribute("errors", counts.Error),
            new XAttribute("skipped", counts.Skip + counts.NotRun + counts.Accepted),
            new XAttribute("time", Seconds(TimeSpan.FromTicks(tests.Sum(t => t.Duration.Ticks)))),
            new XAttribute("timestamp", result.StartedAt.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)),
            new XElement("properties",
                Property("runId", result.RunId),
                Property("seed", result.Seed.ToString(CultureInfo.InvariantCulture)),
                Property("target", result.Target.BaseUrl),
                Property("reproduce", result.Command)),
            tests.Select(t => TestCase(t, findings.For(t.Check.Id))));
    }

    private static XElement TestCase(TestOutcome test, Finding? finding)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", Clean(test.Check.Area)),
            new XAttribute("name", Clean($"{test.Check.Id} {test.Check.Title}")),
            new XAttribute("time", Seconds(test.Duration)));

        var detail = Detail(test, finding);
        switch (test.Outcome)
        {
            case Outcome.Fail:
                element.Add(new XElement("failure", new XAttribute("message", Clean(WithFinding(WithRequirements(test), finding))), new XAttribute("type", test.Check.Severity.ToString().ToLowerInvariant()), detail));
                break;
            case Outcome.Error:
                element.Add(new XElement("error", new XAttribute("message", Clean(WithRequirements(test))), detail));
                break;
            case Outcome.Skip or Outcome.NotRun:
                element.Add(new XElement("skipped", new XAttribute("message", Clean(test.Message))));
                break;
            case Outcome.Warn:
                element.Add(new XElement("system-out", Clean("WARNING (SHOULD-level deviation, not a failure): " + test.Message)));
                break;
            case Outcome.Accepted:
                element.Add(new XElement("skipped", new XAttribute("message", Clean($"accepted by baseline ({test.Check.Severity.ToString().ToLowerInvariant()} failure, not gating): {WithRequirements(test)}")), detail));
                break;
        }
        return element;
    }

    /// <summary>CI pages often show only the message attribute, so it names the requirements too.</summary>
    private static string WithRequirements(TestOutcome test)
    {
        var missing = test.Check.Requirements.Where(r => !test.Message.Contains(r, StringComparison.Ordinal)).ToArray();
        return missing.Length == 0 ? test.Message : $"{test.Message} [{string.Join(", ", missing)}]";
    }

    /// <summary>The cause this failure shares with other checks, after its own message (what CI pages show first).</summary>
    private static string WithFinding(string message, Finding? finding) =>
        finding is null ? message : $"{message} [finding {finding.Id}: {finding.Title}]";

    private static string Detail(TestOutcome test, Finding? finding)
    {
        var text = new StringBuilder();
        text.AppendLine(test.Message);
        if (finding is not null)
            text.AppendLine($"Finding {finding.Id} ({finding.Checks.Count} check{(finding.Checks.Count == 1 ? "" : "s")}): {finding.Title}. Cause: {finding.Cause}");
        if (test.Check.Requirements.Count > 0) text.AppendLine("Requirements: " + string.Join(", ", test.Check.Requirements));
        text.AppendLine("Severity: " + test.Check.Severity.ToString().ToLowerInvariant());
        if (test.Check.Remediation.Length > 0) text.AppendLine("Remediation: " + test.Check.Remediation);
        foreach (var exchange in test.Exchanges)
            text.AppendLine($"{exchange.Method} {exchange.Url} -> {exchange.Status?.ToString(CultureInfo.InvariantCulture) ?? exchange.Error ?? "no response"}");
        return Clean(text.ToString());
    }

    private static XElement Property(string name, string value) =>
        new("property", new XAttribute("name", name), new XAttribute("value", Clean(value)));

    private static string Clean(string? text) => XmlText.Clean(text);

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);
}
