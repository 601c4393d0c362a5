using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>
/// The switches registered ahead of the harness: classified, argued from the RFC, documented, accepted by the server,
/// and kept out of the lists the end-to-end tests run until the harness is adapted to them.
/// </summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class PendingSwitchCatalogTests
{
    private static IEnumerable<TestCaseData> Pending() => DefectCatalog.Pending.Select(d => new TestCaseData(d.Name).SetName($"Pending_{d.Name}_starts_a_server"));

    /// <summary>
    /// The switches registered ahead of the harness for issues 14 and 17 (the public constants of their classes), pending or
    /// settled: a switch leaves <see cref="DefectCatalog.Pending"/> once the harness handles it, but stays registered.
    /// </summary>
    private static readonly Defect[] RegisteredAhead =
        new[] { typeof(HttpQuirks), typeof(DiscoveryQuirks), typeof(FilterQuirks), typeof(WriteQuirks), typeof(SchemaFidelityDefects), typeof(TransportQuirks) }
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => DefectCatalog.Find((string)f.GetRawConstantValue()!))
            .OfType<Defect>()
            .ToArray();

    [Test]
    public void At_least_twenty_pending_switches_each_classified_and_argued_from_the_rfc()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RegisteredAhead, Has.Length.GreaterThanOrEqualTo(20));
            Assert.That(RegisteredAhead.Count(d => d.Benign), Is.GreaterThanOrEqualTo(5));
            Assert.That(RegisteredAhead.Count(d => !d.Benign), Is.GreaterThanOrEqualTo(10));
            Assert.That(DefectCatalog.Pending.Where(d => !d.Pending), Is.Empty);
            Assert.That(DefectCatalog.Pending.Where(d => !d.Description.Contains("RFC", StringComparison.Ordinal) && !d.Allowance.Contains("RFC", StringComparison.Ordinal)).Select(d => d.Name),
                Is.Empty, "each switch names the RFC text that classifies it");
            Assert.That(DefectCatalog.Pending.Where(d => d.Benign && (d.CaughtBy.Count > 0 || !d.Allowance.Contains("RFC", StringComparison.Ordinal))).Select(d => d.Name),
                Is.Empty, "a benign switch names no catching check and cites its allowance");
            Assert.That(DefectCatalog.Pending.Where(d => d.HarnessWork.Length < 20).Select(d => d.Name), Is.Empty, "each says what the harness must do");
        });
    }

    [Test]
    public void Pending_switches_stay_out_of_the_end_to_end_lists_but_are_found_by_name()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DefectCatalog.All.Concat(DefectCatalog.Benign).Where(d => d.Pending), Is.Empty);
            Assert.That(DefectCatalog.Everything.Select(d => d.Name).Intersect(DefectCatalog.Pending.Select(d => d.Name)), Is.Empty);
            Assert.That(DefectCatalog.Known.Select(d => d.Name), Is.Unique);
            Assert.That(DefectCatalog.Pending.Select(d => DefectCatalog.Find(d.Name.ToUpperInvariant())?.Name), Is.EqualTo(DefectCatalog.Pending.Select(d => d.Name)));
        });
    }

    [Test]
    public void Every_pending_switch_is_documented_with_its_class_and_intended_checks()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Find(), "docs", "defects.md"));
        foreach (var defect in DefectCatalog.Pending)
        {
            var row = lines.FirstOrDefault(l => l.StartsWith($"| `{defect.Name}` |", StringComparison.Ordinal));
            Assert.That(row, Is.Not.Null, $"docs/defects.md has no row for the pending switch {defect.Name}");
            var cells = row!.Split('|').Select(c => c.Trim()).ToArray();
            Assert.Multiple(() =>
            {
                Assert.That(cells[2], Is.EqualTo(defect.Benign ? "benign" : "defect"), defect.Name);
                Assert.That(cells[4].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), Is.EquivalentTo(defect.CaughtBy), defect.Name);
            });
        }
    }

    [TestCaseSource(nameof(Pending))]
    public async Task Pending_switch_is_accepted_by_the_server(string name)
    {
        await using var server = await ScimTestServer.StartAsync(0, name);
        var reply = await server.GetAsync("/ServiceProviderConfig");
        Assert.That((int)reply.Status, Is.EqualTo(200));
    }
}
