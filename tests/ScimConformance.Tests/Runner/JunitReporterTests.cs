using System.Xml.Linq;
using NUnit.Framework;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Reporting;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Runner;

[TestFixture]
public sealed class JunitReporterTests
{
    private XDocument _junit = null!;

    [OneTimeSetUp]
    public void Render() => _junit = XDocument.Parse(new JunitReporter().Render(SampleRuns.Hostile()));

    private XElement Case(string id) => _junit.Descendants("testcase").Single(c => c.Attribute("name")!.Value.StartsWith(id + " ", StringComparison.Ordinal));

    [Test]
    public void A_failed_testcase_names_its_finding_in_its_message_and_detail()
    {
        var run = SampleRuns.Hostile();
        var failed = run.Tests.Single(t => t.Outcome == Outcome.Fail);
        var finding = run.Findings.Single(f => f.Checks.Contains(failed.Check.Id));
        var failure = Case(failed.Check.Id).Element("failure")!;
        Assert.Multiple(() =>
        {
            Assert.That(failure.Attribute("message")!.Value, Does.EndWith($"[finding {finding.Id}: {finding.Title}]"));
            Assert.That(failure.Value, Does.Contain($"Finding {finding.Id} (1 check): {finding.Title}. Cause: "));
        });
    }

    [Test]
    public void One_suite_per_area_with_the_right_counts()
    {
        var root = _junit.Root!;
        Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
        var suites = root.Elements("testsuite").ToDictionary(s => s.Attribute("name")!.Value);
        Assert.Multiple(() =>
        {
            Assert.That(suites.Keys, Is.EquivalentTo(new[] { "Users", "Groups" }));
            Assert.That(root.Attribute("tests")!.Value, Is.EqualTo("5"));
            Assert.That(root.Attribute("failures")!.Value, Is.EqualTo("1"));
            Assert.That(root.Attribute("errors")!.Value, Is.EqualTo("1"));
            Assert.That(root.Attribute("skipped"), Is.Null, "junit-10.xsd has no skipped count on testsuites; each testsuite carries it");
            Assert.That(suites["Users"].Attribute("tests")!.Value, Is.EqualTo("3"));
            Assert.That(suites["Users"].Attribute("failures")!.Value, Is.EqualTo("1"));
            Assert.That(suites["Groups"].Attribute("errors")!.Value, Is.EqualTo("1"));
            Assert.That(suites["Groups"].Attribute("skipped")!.Value, Is.EqualTo("1"));
        });
    }

    [Test]
    public void Each_outcome_has_its_junit_element()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Case("USR-001").Elements(), Is.Empty, "a pass is a bare testcase");
            Assert.That(Case("USR-002").Element("failure"), Is.Not.Null);
            Assert.That(Case("USR-003").Element("system-out")!.Value, Does.Contain("WARNING"));
            Assert.That(Case("USR-003").Element("failure"), Is.Null, "a warning passes");
            Assert.That(Case("GRP-001").Element("skipped")!.Attribute("message")!.Value, Does.Contain("does not advertise"));
            Assert.That(Case("GRP-002").Element("error"), Is.Not.Null);
            Assert.That(Case("GRP-002").Element("failure"), Is.Null, "a harness error is never a failure");
            Assert.That(Case("USR-002").Attribute("classname")!.Value, Is.EqualTo("Users"));
            Assert.That(Case("USR-002").Attribute("name")!.Value, Is.EqualTo("USR-002 check USR-002"));
        });
    }

    [Test]
    public void Failure_names_the_requirements_and_severity_without_testcase_properties()
    {
        var failing = Case("USR-002");
        var failure = failing.Element("failure")!;
        Assert.Multiple(() =>
        {
            Assert.That(failure.Attribute("message")!.Value, Does.Contain("R7644-3.3-01").And.Contain("R7643-2.1-02"));
            Assert.That(failure.Attribute("type")!.Value, Is.EqualTo("high"));
            Assert.That(failure.Value, Does.Contain("Requirements: R7644-3.3-01, R7643-2.1-02").And.Contain("Severity: high"));
            Assert.That(failing.Element("properties"), Is.Null, "junit-10.xsd allows no properties on a testcase");
        });
    }

    [Test]
    public void Characters_xml_forbids_are_stripped_and_markup_is_escaped()
    {
        var message = Case("USR-002").Element("failure")!.Attribute("message")!.Value;
        Assert.That(message, Does.Contain("</script>"));
        // Ordinal check: culture-aware comparison treats control characters as ignorable.
        Assert.That(message.Contains('\u0001', StringComparison.Ordinal), Is.False);
    }

    [Test]
    public void Xml_text_cleaner_keeps_surrogate_pairs_and_drops_lone_ones()
    {
        Assert.That(XmlText.Clean("a\u0000b\uD83D\uDE00c\uD800d\uFFFE"), Is.EqualTo("ab\uD83D\uDE00cd"));
    }
}
