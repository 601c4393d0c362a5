using System.Reflection;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Catalog;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Tests.Catalog;

/// <summary>Every built-in check carries complete metadata that cites the catalogue.</summary>
[TestFixture]
public sealed class SuiteMetadataTests
{
    private static IReadOnlyList<(MethodInfo Method, ScimTestAttribute Meta)> Checks => BuiltInChecks.All;

    [Test]
    public void Every_check_cites_ids_the_catalogue_has()
    {
        Assert.That(Checks, Is.Not.Empty);
        var missing = Checks.SelectMany(c => c.Meta.Requirements.Where(r => !RequirementCatalog.Default.Contains(r)).Select(r => $"{c.Meta.Id}: {r}"));
        Assert.That(missing, Is.Empty);
        Assert.That(Checks.Where(c => c.Meta.Requirements.Count == 0).Select(c => c.Meta.Id), Is.Empty, "checks citing no requirement");
    }

    [Test]
    public void Check_ids_are_unique_and_well_formed()
    {
        var ids = Checks.Select(c => c.Meta.Id).ToArray();
        Assert.That(ids, Is.Unique);
        Assert.That(ids.Where(id => !System.Text.RegularExpressions.Regex.IsMatch(id, "^[A-Z]{3}-[0-9]{3}$")), Is.Empty);
    }

    [Test]
    public void Every_check_has_title_area_and_remediation()
    {
        Assert.That(Checks.Where(c => string.IsNullOrWhiteSpace(c.Meta.Title) || string.IsNullOrWhiteSpace(c.Meta.Area) || string.IsNullOrWhiteSpace(c.Meta.Remediation))
            .Select(c => c.Meta.Id), Is.Empty);
    }

    [Test]
    public void Every_check_is_an_nunit_test_in_a_scim_fixture()
    {
        Assert.That(Checks.Where(c => c.Method.GetCustomAttribute<TestAttribute>() is null && c.Method.GetCustomAttribute<TestCaseAttribute>() is null)
            .Select(c => c.Meta.Id), Is.Empty, "ScimTest without [Test]");
        Assert.That(Checks.Where(c => !typeof(ScimFixture).IsAssignableFrom(c.Method.DeclaringType)).Select(c => c.Meta.Id), Is.Empty);
    }

    [Test]
    public void Needed_capabilities_are_known_names()
    {
        var known = typeof(Capability).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        Assert.That(Checks.SelectMany(c => c.Meta.Needs.Where(n => !known.Contains(n)).Select(n => $"{c.Meta.Id}: {n}")), Is.Empty);
    }
}
