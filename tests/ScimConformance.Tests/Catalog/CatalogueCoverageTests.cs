using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Catalog;
using ScimConformance.Runner.Model.Coverage;
using ScimConformance.Tests.Cli;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Catalog;

/// <summary>`scimconf list --coverage`: the cited share of testable rows, the rows left, and the rows judged unobservable.</summary>
[TestFixture]
public sealed class CatalogueCoverageTests
{
    private static readonly RequirementCatalog Sample = new(
    [
        new Requirement("R7644-1-01", "RFC 7644", "1", "MUST", "other", "yes", "cited"),
        new Requirement("R7644-1-02", "RFC 7644", "1", "MUST", "other", "conditional", "uncited"),
        new Requirement("R7643-1-01", "RFC 7643", "1", "MAY", "other", "yes", "judged unobservable"),
        new Requirement("R7643-1-02", "RFC 7643", "1", "MUST", "other", "no", "not testable"),
        new Requirement("P-1", "RFC 6750", "2", "MUST", "security", "yes", "a practice from another RFC"),
    ]);

    private static CheckInfo Check(string id, params string[] requirements) =>
        new() { Id = id, Title = id, Area = "other", Requirements = requirements };

    [Test]
    public void Counts_testable_rows_cited_and_lists_the_rest_apart_from_the_unobservable()
    {
        var scopes = CatalogueCoverage.Of([Check("X-1", "R7644-1-01", "R7643-1-02")], Sample, [new UnobservableRow("R7643-1-01", "a permission")]);

        var rfc = scopes[0];
        Assert.That((rfc.Testable, rfc.Cited, rfc.Percent), Is.EqualTo((3, 1, 33.3)), "the not-testable row is out, the unobservable one stays in the denominator");
        Assert.That(rfc.Uncited.Select(r => r.Id), Is.EqualTo(new[] { "R7644-1-02" }));
        Assert.That(rfc.Unobservable.Select(r => r.Id), Is.EqualTo(new[] { "R7643-1-01" }));
        Assert.That((scopes[1].Testable, scopes[1].Cited), Is.EqualTo((1, 0)), "a practice whose source is another RFC is not an RFC 7643/7644 row");
    }

    [Test]
    public void A_cited_row_counts_as_cited_even_when_judged_unobservable()
    {
        var rfc = CatalogueCoverage.Of([Check("X-1", "R7643-1-01")], Sample, [new UnobservableRow("R7643-1-01", "stale judgement")])[0];

        Assert.That((rfc.Cited, rfc.Unobservable.Count), Is.EqualTo((1, 0)));
    }

    [Test]
    public void Every_unobservable_row_is_a_testable_catalogue_row_that_no_check_cites()
    {
        var cited = BuiltInChecks.All.SelectMany(c => c.Meta.Requirements).ToHashSet(StringComparer.Ordinal);
        Assert.That(UnobservableRow.Default, Is.Not.Empty);
        foreach (var row in UnobservableRow.Default)
        {
            Assert.That(RequirementCatalog.Default.Contains(row.Id), row.Id + " is not in spec/");
            Assert.That(RequirementCatalog.Default.Get(row.Id).Testable, Is.Not.EqualTo("no"), row.Id + " is already not testable in spec/");
            Assert.That(cited, Does.Not.Contain(row.Id), row.Id + " is cited by a check: take it out of unobservable.tsv");
        }
    }

    [Test]
    public void Rejects_a_row_without_reason()
    {
        Assert.That(() => UnobservableRow.Parse("id\treason\nR7643-1-01\n").ToArray(), Throws.TypeOf<FormatException>());
    }

    [Test]
    public async Task List_coverage_prints_the_figure_and_the_rows_left()
    {
        var run = await InProcessCli.RunAsync("list", "--coverage");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        Assert.That(run.Stdout, Does.Match(@"RFC 7643 and RFC 7644 \(spec/requirements.tsv\): \d+ of \d+ testable rows cited by a check \(\d+\.\d%\)"));
        Assert.That(run.Stdout, Does.Contain("Not observable from outside").And.Contain(UnobservableRow.Default[0].Id));
    }

    [Test]
    public async Task List_coverage_json_agrees_with_the_catalogue()
    {
        var run = await InProcessCli.RunAsync("list", "--coverage", "--json");

        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var rfc = JsonNode.Parse(run.Stdout)!.AsArray()[0]!;
        var testable = RequirementCatalog.Default.All.Count(r => r.Source is "RFC 7643" or "RFC 7644" && r.Testable != "no");
        Assert.That(rfc["testable"]!.GetValue<int>(), Is.EqualTo(testable));
        var uncited = rfc["uncited"]!.AsArray().Count + rfc["unobservable"]!.AsArray().Count;
        Assert.That(rfc["cited"]!.GetValue<int>() + uncited, Is.EqualTo(testable));
    }
}
