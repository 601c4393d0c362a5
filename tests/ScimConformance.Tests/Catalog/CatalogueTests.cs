using NUnit.Framework;
using ScimConformance.Tests;
using ScimConformance.Authoring;
using ScimConformance.Core.Catalog;

namespace ScimConformance.Tests.Catalog;

[TestFixture]
public sealed class CatalogueTests
{
    [Test]
    public void Embedded_catalogue_holds_rfc_and_practice_rows()
    {
        var all = RequirementCatalog.Default.All;
        Assert.That(all.Count(r => r.Id.StartsWith("R764", StringComparison.Ordinal)), Is.GreaterThan(250));
        Assert.That(all.Count(r => r.Id.StartsWith('P')), Is.GreaterThan(20));
        Assert.That(RequirementCatalog.Default.Get("R7644-3.6-04").Level, Is.EqualTo("MUST"));
    }

    [TestCase("MUST", true)]
    [TestCase("MUST NOT", true)]
    [TestCase("REQUIRED", true)]
    [TestCase("SHOULD", false)]
    [TestCase("SHOULD NOT", false)]
    [TestCase("MAY-if-relevant", false)]
    public void Only_mandatory_levels_fail(string level, bool mandatory) =>
        Assert.That(new Requirement("X", "RFC 7644", "1", level, "other", "yes", "s").IsMandatory, Is.EqualTo(mandatory));

    [Test]
    public void Verify_fails_on_must_and_warns_on_should()
    {
        Assert.That(() => Verify.That(false, "R7644-3.6-04", "DELETE answered 200"), Throws.TypeOf<AssertionException>().With.Message.Contains("R7644-3.6-04"));
        Assert.That(() => Verify.That(true, "R7644-3.6-04", "fine"), Throws.Nothing);
    }

    [Test]
    public void Verify_refuses_an_id_the_catalogue_lacks() =>
        Assert.That(() => Verify.That(true, "R9999-1-01", "x"), Throws.TypeOf<KeyNotFoundException>());

    /// <summary>The project keeps its own copy of ../shared/spec so the tool carries it; the copy must not drift.</summary>
    [TestCase("requirements.tsv")]
    [TestCase("practices.tsv")]
    [TestCase("attributes.tsv")]
    public void Project_copy_matches_the_shared_catalogue(string file)
    {
        var root = RepositoryRoot.Find();
        var shared = Path.Combine(root, "..", "shared", "spec", file);
        if (!File.Exists(shared)) Assert.Ignore("no ../shared/spec beside this checkout");
        Assert.That(File.ReadAllText(Path.Combine(root, "spec", file)), Is.EqualTo(File.ReadAllText(shared)),
            $"spec/{file} differs from ../shared/spec/{file}: copy the new version in");
    }
}
