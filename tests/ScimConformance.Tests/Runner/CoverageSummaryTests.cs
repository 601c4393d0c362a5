using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Catalog;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Model.Coverage;
using ScimConformance.Runner.Reporting;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// Coverage counts only testable rows, and a requirement counts as verified only when a check citing it reached a
/// verdict in the run: one whose every check was skipped is "skipped here", one no check cites is "no check".
/// </summary>
[TestFixture]
public sealed class CoverageSummaryTests
{
    private static readonly RequirementCatalog Catalogue = new(
    [
        Row("A-01", "RFC 7644", "yes"),        // a passing check
        Row("A-02", "RFC 7644", "yes"),        // a failing check beside a passing one
        Row("A-03", "RFC 7644", "conditional"),// only skipped checks
        Row("A-04", "RFC 7644", "yes"),        // no check
        Row("A-05", "RFC 7644", "no"),         // not testable, though a check cites it
        Row("B-01", "RFC 7643", "yes"),        // only an error and a not-run check
        Row("B-02", "RFC 7643", "yes"),        // a warning
        Row("B-03", "RFC 7643", "yes"),        // an accepted failure
    ]);

    private static Requirement Row(string id, string source, string testable) => new(id, source, "3.1", "MUST", "other", testable, "summary of " + id);

    private static TestOutcome Check(string id, Outcome outcome, params string[] requirements) => new()
    {
        Check = new CheckInfo { Id = id, Title = id, Area = "Users", Requirements = requirements },
        Outcome = outcome,
    };

    private static readonly TestOutcome[] Tests =
    [
        Check("C1", Outcome.Pass, "A-01", "A-02", "A-05"),
        Check("C2", Outcome.Fail, "A-02"),
        Check("C3", Outcome.Skip, "A-03"),
        Check("C4", Outcome.Skip, "A-03", "A-05"),
        Check("C5", Outcome.Error, "B-01"),
        Check("C6", Outcome.NotRun, "B-01"),
        Check("C7", Outcome.Warn, "B-02"),
        Check("C8", Outcome.Accepted, "B-03"),
    ];

    private static CoverageStatus StatusOf(CoverageSummary coverage, string id) => coverage.Requirements.Single(r => r.Id == id).Status;

    [Test]
    public void Each_requirement_gets_the_status_its_checks_earned()
    {
        var coverage = CoverageSummary.Of(Tests, Catalogue);
        Assert.Multiple(() =>
        {
            Assert.That(StatusOf(coverage, "A-01"), Is.EqualTo(CoverageStatus.Verified));
            Assert.That(StatusOf(coverage, "A-02"), Is.EqualTo(CoverageStatus.Failing));
            Assert.That(StatusOf(coverage, "A-03"), Is.EqualTo(CoverageStatus.Skipped), "cited only by skipped checks: not verified");
            Assert.That(StatusOf(coverage, "A-04"), Is.EqualTo(CoverageStatus.NoCheck));
            Assert.That(StatusOf(coverage, "A-05"), Is.EqualTo(CoverageStatus.NotTestable), "a passing check does not make an unobservable row count");
            Assert.That(StatusOf(coverage, "B-01"), Is.EqualTo(CoverageStatus.Skipped), "an error or a check not run is no evidence");
            Assert.That(StatusOf(coverage, "B-02"), Is.EqualTo(CoverageStatus.Verified), "a warning is a verdict");
            Assert.That(StatusOf(coverage, "B-03"), Is.EqualTo(CoverageStatus.Failing), "an accepted failure still fails");
        });
    }

    [Test]
    public void Only_testable_rows_are_counted_and_the_parts_add_up()
    {
        var total = CoverageSummary.Of(Tests, Catalogue).Total;
        Assert.Multiple(() =>
        {
            Assert.That(total.Testable, Is.EqualTo(7));
            Assert.That(total.NotTestable, Is.EqualTo(1));
            Assert.That(total.Verified, Is.EqualTo(4), "A-01, A-02, B-02, B-03");
            Assert.That(total.Failing, Is.EqualTo(2));
            Assert.That(total.Skipped, Is.EqualTo(2));
            Assert.That(total.NoCheck, Is.EqualTo(1));
            Assert.That(total.Verified + total.Skipped + total.NoCheck, Is.EqualTo(total.Testable));
        });
    }

    [Test]
    public void Sources_are_counted_apart_and_sum_to_the_total()
    {
        var coverage = CoverageSummary.Of(Tests, Catalogue);
        Assert.That(coverage.Sources.Select(s => (s.Source, s.Testable, s.Verified, s.Failing, s.Skipped, s.NoCheck, s.NotTestable)), Is.EqualTo(new[]
        {
            ("RFC 7643", 3, 2, 1, 1, 0, 0),
            ("RFC 7644", 4, 2, 1, 1, 1, 1),
        }));
    }

    [Test]
    public void A_run_of_skipped_checks_verifies_nothing()
    {
        var skipped = Tests.Select(t => t with { Outcome = Outcome.Skip });
        var total = CoverageSummary.Of(skipped, Catalogue).Total;
        Assert.That((total.Verified, total.Skipped, total.NoCheck), Is.EqualTo((0, 6, 1)));
    }

    [Test]
    public void The_embedded_catalogue_leaves_out_its_untestable_rows()
    {
        var catalogue = RequirementCatalog.Default;
        var total = CoverageSummary.Of([], catalogue).Total;
        Assert.Multiple(() =>
        {
            Assert.That(total.NotTestable, Is.EqualTo(catalogue.All.Count(r => r.Testable == "no")).And.GreaterThan(0));
            Assert.That(total.Testable, Is.EqualTo(catalogue.All.Count - total.NotTestable));
            Assert.That(total.NoCheck, Is.EqualTo(total.Testable));
        });
    }

    [Test]
    public void Summary_md_and_results_json_carry_the_same_numbers()
    {
        var run = SampleRuns.Hostile();
        var total = run.Coverage.Total;
        var json = System.Text.Json.Nodes.JsonNode.Parse(new JsonReporter().Render(run))!["coverage"]!["total"]!;
        var markdown = new MarkdownSummaryReporter().Render(run);
        Assert.Multiple(() =>
        {
            Assert.That(json["verified"]!.GetValue<int>(), Is.EqualTo(total.Verified).And.GreaterThan(0));
            Assert.That(json["testable"]!.GetValue<int>(), Is.EqualTo(total.Testable));
            Assert.That(json["skipped"]!.GetValue<int>(), Is.EqualTo(total.Skipped));
            Assert.That(markdown, Does.Contain("### Requirement coverage").And.Contain(MarkdownCoverage.Sentence(total)));
            Assert.That(markdown, Does.Contain($"| **all** | {total.Testable} | {total.Verified} | {total.Failing} | {total.Skipped} | {total.NoCheck} | {total.NotTestable} |"));
        });
    }
}
