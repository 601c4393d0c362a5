using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// junit.xml against two schemas: the Jenkins xUnit plugin's junit-10.xsd (the strictest common consumer: it skips a
/// file that does not validate) and our own junit.xsd of the Jenkins/Ant dialect (one verdict per check).
/// </summary>
[TestFixture]
public sealed class JunitSchemaTests
{
    public const string Strict = "junit-10.xsd";
    public const string Ours = "junit.xsd";

    private static XmlSchemaSet Schema(string file)
    {
        var set = new XmlSchemaSet();
        using var reader = XmlReader.Create(Path.Combine(TestContext.CurrentContext.TestDirectory, "Runner", file));
        set.Add(null, reader);
        set.Compile();
        return set;
    }

    /// <summary>What the schema finds wrong with a junit.xml; empty when it validates.</summary>
    public static List<string> Validate(string xml, string schema)
    {
        var problems = new List<string>();
        XDocument.Parse(xml).Validate(Schema(schema), (_, e) => problems.Add($"{e.Severity}: {e.Message}"));
        return problems;
    }

    [TestCase(Strict)]
    [TestCase(Ours)]
    public void Every_outcome_of_the_junit_report_is_valid_against_the_schema(string schema)
    {
        var run = SampleRuns.Hostile();
        var accepted = run.Tests[1] with { Check = run.Tests[1].Check with { Id = "USR-010" }, Outcome = Outcome.Accepted };
        var notRun = run.Tests[0] with { Check = run.Tests[0].Check with { Id = "USR-011" }, Outcome = Outcome.NotRun, Message = "Not run: interrupted" };
        var tests = run.Tests.Append(accepted).Append(notRun).ToArray();
        var problems = Validate(new JunitReporter().Render(run with { Tests = tests, Counts = OutcomeCounts.Of(tests) }), schema);
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void The_schemas_reject_what_ci_servers_reject()
    {
        // Proves the validation has teeth. Ours: a testcase without classname and with two verdict kinds.
        const string twoVerdicts = "<testsuites><testsuite name='a' tests='1'><testcase name='x'><skipped/><failure/></testcase></testsuite></testsuites>";
        // Jenkins': properties inside a testcase, skipped and timestamp on testsuites, a testsuite without failures.
        const string caseProperties = "<testsuites><testsuite name='a' tests='1' failures='0' errors='0'><testcase name='x'><properties/></testcase></testsuite></testsuites>";
        const string suitesSkipped = "<testsuites skipped='0'><testsuite name='a' tests='0' failures='0' errors='0'/></testsuites>";
        const string suitesTimestamp = "<testsuites timestamp='2026-01-01T00:00:00Z'><testsuite name='a' tests='0' failures='0' errors='0'/></testsuites>";
        const string noFailures = "<testsuites><testsuite name='a' tests='0' errors='0'/></testsuites>";
        Assert.Multiple(() =>
        {
            Assert.That(Validate(twoVerdicts, Ours), Is.Not.Empty);
            foreach (var bad in new[] { caseProperties, suitesSkipped, suitesTimestamp, noFailures })
                Assert.That(Validate(bad, Strict), Is.Not.Empty, bad);
        });
    }

    [Test]
    public void A_check_an_interruption_stopped_is_skipped_with_its_reason()
    {
        var run = SampleRuns.Hostile();
        var tests = run.Tests.Select(t => t.Outcome == Outcome.Pass ? t with { Outcome = Outcome.NotRun, Message = "Not run: interrupted" } : t).ToArray();
        var junit = XDocument.Parse(new JunitReporter().Render(run with { Tests = tests, Counts = OutcomeCounts.Of(tests) }));
        var testcase = junit.Descendants("testcase").Single(c => c.Attribute("name")!.Value.StartsWith("USR-001 ", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(testcase.Element("skipped")!.Attribute("message")!.Value, Is.EqualTo("Not run: interrupted"));
            Assert.That(testcase.Element("error"), Is.Null);
            Assert.That(junit.Descendants("testsuite").Single(s => s.Attribute("name")!.Value == "Users").Attribute("skipped")!.Value, Is.EqualTo("1"));
        });
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
