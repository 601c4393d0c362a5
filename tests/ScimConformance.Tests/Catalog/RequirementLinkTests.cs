using NUnit.Framework;
using ScimConformance.Core.Catalog;

namespace ScimConformance.Tests.Catalog;

/// <summary>Each requirement links to where a person reads it: the RFC section, or the OWASP risk page.</summary>
[TestFixture]
public sealed class RequirementLinkTests
{
    [TestCase("R7644-3.3-01", ExpectedResult = "https://www.rfc-editor.org/rfc/rfc7644#section-3.3")]
    [TestCase("R7643-2.3.1-01", ExpectedResult = "https://www.rfc-editor.org/rfc/rfc7643#section-2.3.1")]
    [TestCase("P6750-2.3-01", ExpectedResult = "https://www.rfc-editor.org/rfc/rfc6750#section-2.3")]
    [TestCase("POWASP-API1-01", ExpectedResult = "https://owasp.org/API-Security/editions/2023/en/0xa1-broken-object-level-authorization/")]
    public string? A_requirement_links_to_its_source(string id) => RequirementLink.For(RequirementCatalog.Default.Get(id))?.ToString();

    [Test]
    public void Every_rfc_requirement_links_to_its_rfc()
    {
        var rfc = RequirementCatalog.Default.All.Where(r => r.Source.StartsWith("RFC ", StringComparison.Ordinal)).ToArray();
        Assert.That(rfc, Is.Not.Empty);
        Assert.That(rfc.Where(r => RequirementLink.For(r)?.Host != "www.rfc-editor.org").Select(r => r.Id), Is.Empty);
    }

    [TestCase("CWE-306", ExpectedResult = "https://cwe.mitre.org/data/definitions/306.html")]
    [TestCase("cwe-79", ExpectedResult = "https://cwe.mitre.org/data/definitions/79.html")]
    [TestCase("CWE-", ExpectedResult = null)]
    [TestCase("javascript:alert(1)", ExpectedResult = null)]
    [TestCase(null, ExpectedResult = null)]
    public string? A_cwe_links_to_its_page(string? cwe) => WeaknessLink.For(cwe)?.ToString();
}
