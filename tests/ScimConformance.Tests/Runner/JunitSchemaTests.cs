using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Runner;

/// <summary>junit.xml against an XSD of the Jenkins/Ant JUnit dialect that CI servers parse.</summary>
[TestFixture]
public sealed class JunitSchemaTests
{
    private static XmlSchemaSet Schema()
    {
        var set = new XmlSchemaSet();
        using var reader = XmlReader.Create(Path.Combine(TestContext.CurrentContext.TestDirectory, "Runner", "junit.xsd"));
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    private static List<string> Validate(string xml)
    {
        var problems = new List<string>();
        XDocument.Parse(xml).Validate(Schema(), (_, e) => problems.Add($"{e.Severity}: {e.Message}"));
        return problems;
    }

    [Test]
    public void Every_outcome_of_the_junit_report_is_valid_against_the_schema()
    {
        var run = SampleRuns.Hostile();
        var accepted = run.Tests[1] with { Check = run.Tests[1].Check with { Id = "USR-010" }, Outcome = Outcome.Accepted };
        var tests = run.Tests.Append(accepted).ToArray();
        var problems = Validate(new JunitReporter().Render(run with { Tests = tests, Counts = OutcomeCounts.Of(tests) }));
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void The_schema_rejects_what_ci_servers_reject()
    {
        // Proves the validation has teeth: a testcase without classname and with two verdict kinds.
        const string bad = "<testsuites><testsuite name='a' tests='1'><testcase name='x'><skipped/><failure/></testcase></testsuite></testsuites>";
        Assert.That(Validate(bad), Is.Not.Empty);
    }

    [Test]
    public void An_accepted_failure_passes_with_a_note()
    {
        var run = SampleRuns.Hostile();
        var tests = run.Tests.Select(t => t.Outcome == Outcome.Fail ? t with { Outcome = Outcome.Accepted } : t).ToArray();
        var junit = XDocument.Parse(new JunitReporter().Render(run with { Tests = tests, Counts = OutcomeCounts.Of(tests) }));
        var testcase = junit.Descendants("testcase").Single(c => c.Attribute("name")!.Value.StartsWith("USR-002 ", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(testcase.Element("failure"), Is.Null);
            Assert.That(testcase.Element("system-out")!.Value, Does.StartWith("ACCEPTED"));
            Assert.That(junit.Root!.Attribute("failures")!.Value, Is.EqualTo("0"));
        });
    }
}
