using System.Text.RegularExpressions;
using NUnit.Framework;
using ScimConformance.Core.Catalog;

namespace ScimConformance.Tests.Catalog;

/// <summary>
/// spec/supplement.tsv is the project's own catalogue of obligations the shared one has no rows for (RFC 6749's token
/// endpoint, RFC 9865 cursor paging): same columns as practices.tsv, ids in the shared scheme, and none of them taken.
/// </summary>
[TestFixture]
public sealed partial class SupplementCatalogueTests
{
    private static readonly string[] Levels = ["MUST", "MUST NOT", "SHOULD", "SHOULD NOT", "MAY-if-relevant"];
    private static readonly string[] Testable = ["yes", "conditional", "no"];

    private static string[] Lines(string file) =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "spec", file)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public void Has_the_columns_of_the_practices_catalogue() =>
        Assert.That(Lines("supplement.tsv")[0], Is.EqualTo(Lines("practices.tsv")[0]));

    [Test]
    public void Every_row_is_well_formed()
    {
        var problems = new List<string>();
        foreach (var line in Lines("supplement.tsv").Skip(1))
        {
            var cells = line.TrimEnd('\r').Split('\t');
            if (cells.Length != 9)
            {
                problems.Add($"{cells[0]}: {cells.Length} columns, expected 9");
                continue;
            }
            if (!IdPattern().IsMatch(cells[0])) problems.Add($"{cells[0]}: id is not R<rfc>-<section>-<nn>");
            if (!cells[0].StartsWith("R" + cells[1].Replace("RFC ", "", StringComparison.Ordinal) + "-", StringComparison.Ordinal))
                problems.Add($"{cells[0]}: id names another RFC than its source '{cells[1]}'");
            if (!Levels.Contains(cells[3])) problems.Add($"{cells[0]}: level '{cells[3]}'");
            if (!Testable.Contains(cells[5])) problems.Add($"{cells[0]}: testable '{cells[5]}'");
            if (cells[5] == "conditional" && cells[6].Length == 0) problems.Add($"{cells[0]}: conditional without a capability");
            if (cells[7].Length < 40 || cells[8].Length == 0) problems.Add($"{cells[0]}: summary or test idea missing");
        }
        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void Its_ids_are_unique_and_collide_with_no_shared_id()
    {
        static IEnumerable<string> Ids(string file) => Lines(file).Skip(1).Select(l => l.Split('\t')[0]);
        var supplement = Ids("supplement.tsv").ToArray();
        Assert.That(supplement, Is.Unique);
        Assert.That(supplement.Intersect(Ids("requirements.tsv").Concat(Ids("practices.tsv"))), Is.Empty);
    }

    [Test]
    public void The_embedded_catalogue_carries_it()
    {
        Assert.That(RequirementCatalog.EmbeddedText(RequirementCatalog.SupplementResource),
            Is.EqualTo(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "spec", "supplement.tsv"))));
        Assert.That(RequirementCatalog.Default.Get("R6749-5.2-01").Source, Is.EqualTo("RFC 6749"));
        Assert.That(RequirementCatalog.Default.Get("R9865-2-01").IsMandatory, Is.True);
    }

    [GeneratedRegex(@"^R[0-9]{4}-[0-9]+(\.[0-9]+)*-[0-9]{2}$")]
    private static partial Regex IdPattern();
}
