using NUnit.Framework;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Tests.Core.Filtering;

/// <summary>Filters that parse but that RFC 7644 §3.4.2.2 makes a 400 invalidFilter for the attribute's type.</summary>
public sealed class FilterSemanticTests
{
    private const string M = FilterFixture.Metrics + ":";

    [TestCase("active gt true", "'gt' is not defined for boolean attribute 'active'")]
    [TestCase("active ge false", "'ge' is not defined for boolean")]
    [TestCase("active lt true", "'lt' is not defined for boolean")]
    [TestCase("active le false", "'le' is not defined for boolean")]
    [TestCase("emails.primary gt false", "boolean attribute 'emails.primary'")]
    [TestCase(M + "avatar gt \"A\"", "'gt' is not defined for binary")]
    [TestCase(M + "avatar ge \"A\"", "'ge' is not defined for binary")]
    [TestCase(M + "avatar lt \"A\"", "'lt' is not defined for binary")]
    [TestCase(M + "avatar le \"A\"", "'le' is not defined for binary")]
    [TestCase("x509Certificates.value lt \"z\"", "binary")]
    [TestCase("x509Certificates gt \"a\"", "binary")]
    [TestCase("name eq \"Jensen\"", "'name' is complex and has no \"value\" sub-attribute")]
    [TestCase(M + "lastLogin gt \"yesterday\"", "'yesterday' is not a dateTime")]
    [TestCase("meta.lastModified eq \"2011-05-13\"", "not a dateTime")]
    [TestCase("userName eq \"bjensen@example.com\" or active gt true", "boolean")]
    [TestCase("emails[primary gt true]", "boolean attribute 'primary'")]
    [TestCase("emails[urn:x:y pr]", "inside a value filter must be relative")]
    public void Rejects_comparisons_the_type_does_not_support(string filter, string message)
    {
        var error = Assert.Throws<FilterSemanticException>(() => FilterFixture.Matches(filter))!;
        Assert.That(error.Message, Does.Contain(message));
    }

    [Test]
    public void Validate_needs_no_resource()
    {
        Assert.Throws<FilterSemanticException>(() => FilterFixture.Evaluator.Validate(FilterParser.Parse("active lt true"), FilterFixture.User));
        Assert.DoesNotThrow(() => FilterFixture.Evaluator.Validate(FilterParser.Parse("active eq true and emails[type sw \"w\"]"), FilterFixture.User));
    }

    [TestCase(M + "lastLogin sw \"yesterday\"")]
    [TestCase("active eq null")]
    [TestCase(M + "avatar eq \"QUJDRA==\"")]
    public void Accepts_comparisons_the_type_supports(string filter) =>
        Assert.DoesNotThrow(() => FilterFixture.Matches(filter));
}
