using NUnit.Framework;
using ScimConformance.ReferenceServer;
using ScimConformance.Tests;

namespace ScimConformance.Tests.Catalog;

/// <summary>
/// docs/defects.md is what contributors read; its tables are generated from the switch catalogue (see
/// <see cref="DefectsPage"/>). Run this fixture with SCIMCONF_WRITE_DOCS=1 to write the page anew after changing a switch.
/// </summary>
[TestFixture]
public sealed class DefectDocumentationTests
{
    private static string PagePath => Path.Combine(RepositoryRoot.Find(), "docs", "defects.md");

    [Test]
    public void The_page_tables_are_the_catalogue_rendered()
    {
        var page = File.ReadAllText(PagePath);
        var generated = DefectsPage.Fill(page);
        if (Environment.GetEnvironmentVariable("SCIMCONF_WRITE_DOCS") == "1" && generated != page)
            File.WriteAllText(PagePath, generated);
        else
            Assert.That(page, Is.EqualTo(generated),
                "docs/defects.md is out of step with the switch catalogue: run `SCIMCONF_WRITE_DOCS=1 dotnet test tests/ScimConformance.Tests --filter DefectDocumentationTests` and commit the page.");
    }

    [Test]
    public void Every_defect_switch_is_documented_with_its_catching_checks()
    {
        var lines = File.ReadAllLines(PagePath);
        foreach (var defect in DefectCatalog.All)
        {
            var row = lines.FirstOrDefault(l => l.StartsWith($"| `{defect.Name}` |", StringComparison.Ordinal));
            Assert.That(row, Is.Not.Null, $"docs/defects.md has no row for {defect.Name}");
            var cells = row!.Split('|');
            Assert.That(Ids(cells[3]), Is.EquivalentTo(defect.CaughtBy), $"docs/defects.md row of {defect.Name}");
            Assert.That(Ids(cells[4]), Is.EquivalentTo(defect.WarnedBy), $"docs/defects.md row of {defect.Name}, checks that warn");
        }
    }

    private static string[] Ids(string cell) => cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    [Test]
    public void A_table_the_renderer_does_not_know_is_refused_with_its_name() =>
        Assert.That(() => DefectsPage.Fill("<!-- generated: nope -->\n<!-- end generated -->\n"),
            Throws.InvalidOperationException.With.Message.Contains("'nope'"));

    [Test]
    public void Hand_written_prose_around_the_tables_is_kept_and_a_stale_table_is_replaced()
    {
        var page = "intro\n<!-- generated: benign -->\n| stale |\n<!-- end generated -->\noutro\n";
        var filled = DefectsPage.Fill(page);
        Assert.Multiple(() =>
        {
            Assert.That(filled, Does.StartWith("intro\n<!-- generated: benign -->\n| variation | what changes | allowed by |"));
            Assert.That(filled, Does.EndWith("\n<!-- end generated -->\noutro\n"));
            Assert.That(filled, Does.Not.Contain("| stale |"));
            Assert.That(filled, Does.Contain($"| `{DefectCatalog.Benign[0].Name}` |"));
        });
    }
}
