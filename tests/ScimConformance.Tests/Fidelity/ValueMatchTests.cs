using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Discovery;
using ScimConformance.Suites.Fidelity;

namespace ScimConformance.Tests.Fidelity;

/// <summary>How a returned value is compared with the one sent: by the declared type, never by its spelling alone.</summary>
[TestFixture]
public sealed class ValueMatchTests
{
    [TestCase("dateTime", "\"2021-03-01T10:20:30Z\"", "\"2021-03-01T12:20:30+02:00\"", MatchKind.Same)]
    [TestCase("dateTime", "\"2021-03-01T10:20:30Z\"", "\"2021-03-01T10:20:31Z\"", MatchKind.Different)]
    [TestCase("decimal", "12.25", "12.250", MatchKind.Same)]
    [TestCase("decimal", "12.25", "\"12.25\"", MatchKind.WrongKind)]
    [TestCase("integer", "107", "107.5", MatchKind.WrongKind)]
    [TestCase("boolean", "true", "\"true\"", MatchKind.WrongKind)]
    [TestCase("boolean", "false", "false", MatchKind.Same)]
    [TestCase("binary", "\"aGVsbG8=\"", "\"aGVsbG8=\"", MatchKind.Same)]
    [TestCase("binary", "\"aGVsbG8=\"", "\"d29ybGQ=\"", MatchKind.Different)]
    [TestCase("string", "\"AbC\"", "\"abc\"", MatchKind.CaseOnly)]
    [TestCase("string", "\"AbC\"", null, MatchKind.Missing)]
    public void Simple_values_compare_by_their_type(string type, string sent, string? seen, MatchKind expected)
    {
        var match = ValueMatch.Of(new AttributeDefinition { Name = "x", Type = type }, JsonNode.Parse(sent), seen is null ? null : JsonNode.Parse(seen));
        Assert.That(match.Kind, Is.EqualTo(expected), match.Detail);
    }

    [Test]
    public void A_complex_value_may_come_back_with_more_sub_attributes_but_not_with_other_values()
    {
        var emails = new AttributeDefinition
        {
            Name = "emails", Type = "complex", MultiValued = true,
            SubAttributes = [new AttributeDefinition { Name = "value" }, new AttributeDefinition { Name = "type" }, new AttributeDefinition { Name = "primary", Type = "boolean" }],
        };
        var sent = JsonNode.Parse("""[{"value":"a@example.com","type":"work"}]""");
        Assert.Multiple(() =>
        {
            Assert.That(ValueMatch.Of(emails, sent, JsonNode.Parse("""[{"value":"b@example.com"},{"value":"a@example.com","type":"work","primary":true}]""")).Kind, Is.EqualTo(MatchKind.Same));
            Assert.That(ValueMatch.Of(emails, sent, JsonNode.Parse("""[{"value":"a@example.com","type":"home"}]""")).Kind, Is.EqualTo(MatchKind.Different));
            Assert.That(ValueMatch.Of(emails, sent, JsonNode.Parse("""{"value":"a@example.com","type":"work"}""")).Kind, Is.EqualTo(MatchKind.WrongKind));
            Assert.That(ValueMatch.Of(emails, sent, JsonNode.Parse("[]")).Kind, Is.EqualTo(MatchKind.Missing));
        });
    }
}
