using NUnit.Framework;
using ScimConformance.ReferenceServer;
using ScimConformance.Tests;

namespace ScimConformance.Tests.Catalog;

/// <summary>docs/defects.md is what contributors read; it must list every switch with the checks that catch it.</summary>
[TestFixture]
public sealed class DefectDocumentationTests
{
    [Test]
    public void Every_defect_switch_is_documented_with_its_catching_checks()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "docs", "defects.md"));
        foreach (var defect in DefectCatalog.All)
        {
            var row = lines.FirstOrDefault(l => l.StartsWith($"| `{defect.Name}` |", StringComparison.Ordinal));
            Assert.That(row, Is.Not.Null, $"docs/defects.md has no row for {defect.Name}");
            var documented = row!.Split('|')[3].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            Assert.That(documented, Is.EquivalentTo(defect.CaughtBy), $"docs/defects.md row of {defect.Name}");
        }
    }
}
