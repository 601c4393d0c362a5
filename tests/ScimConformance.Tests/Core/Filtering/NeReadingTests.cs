using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Tests.Core.Filtering;

/// <summary>The two readings of ne on a multi-valued attribute that RFC 7644 §3.4.2.2 leaves open (docs/interpretations.md).</summary>
public sealed class NeReadingTests
{
    private static readonly FilterEvaluator NoValueEquals = new(FilterFixture.Discovery) { NeReading = NeReading.NoValueEquals };

    private static bool Matches(FilterEvaluator evaluator, string filter, JsonObject resource) =>
        evaluator.Matches(FilterParser.Parse(filter), resource, FilterFixture.User);

    private static JsonObject WithEmails(params string[] types) => new()
    {
        ["userName"] = "u",
        ["emails"] = new JsonArray([.. types.Select(t => (JsonNode)new JsonObject { ["value"] = t + "@example.com", ["type"] = t })]),
    };

    [TestCase(new[] { "work", "home" }, true, false)]
    [TestCase(new[] { "home" }, true, true)]
    [TestCase(new[] { "work" }, false, false)]
    [TestCase(new string[0], false, true)]
    public void Emails_type_ne_work(string[] types, bool anyValueDiffers, bool noValueEquals)
    {
        var resource = types.Length == 0 ? new JsonObject { ["userName"] = "u" } : WithEmails(types);
        Assert.Multiple(() =>
        {
            Assert.That(Matches(FilterFixture.Evaluator, "emails.type ne \"work\"", resource), Is.EqualTo(anyValueDiffers), "any value differs");
            Assert.That(Matches(NoValueEquals, "emails.type ne \"work\"", resource), Is.EqualTo(noValueEquals), "no value equals");
        });
    }

    [Test]
    public void Single_valued_attributes_read_the_same_either_way()
    {
        var resource = new JsonObject { ["userName"] = "u", ["title"] = "Engineer" };
        Assert.Multiple(() =>
        {
            Assert.That(Matches(NoValueEquals, "title ne \"Engineer\"", resource), Is.False);
            Assert.That(Matches(NoValueEquals, "name.familyName ne \"x\"", resource), Is.True);
            Assert.That(Matches(NoValueEquals, "emails[type ne \"work\"]", WithEmails("work", "home")), Is.True, "inside brackets ne judges one value");
        });
    }
}
