using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Tests.Core.Filtering;

public sealed class FilterFormatterTests
{
    private static Presence Pr(string name) => new(new AttributePath(null, name));

    [TestCase("userName Eq \"john\"", "userName eq \"john\"")]
    [TestCase("  userName   eq   \"john\"  ", "userName eq \"john\"")]
    [TestCase("title PR", "title pr")]
    [TestCase("(a pr)", "a pr")]
    [TestCase("a pr and (b pr or c pr)", "a pr and (b pr or c pr)")]
    [TestCase("(a pr and b pr) or c pr", "a pr and b pr or c pr")]
    [TestCase("(a pr or b pr) or c pr", "a pr or b pr or c pr")]
    [TestCase("a pr or (b pr or c pr)", "a pr or (b pr or c pr)")]
    [TestCase("a pr and (b pr and c pr)", "a pr and (b pr and c pr)")]
    [TestCase("not(a pr)", "not (a pr)")]
    [TestCase("NOT ( a pr or b pr )", "not (a pr or b pr)")]
    [TestCase("title eq \"a\\\\b\"", "title eq \"a\\\\b\"")]
    [TestCase("title eq \"say \\\"hi\\\"\"", "title eq \"say \\\"hi\\\"\"")]
    [TestCase("title eq \"\\u00e9\"", "title eq \"é\"")]
    [TestCase("title eq \"\\/\"", "title eq \"/\"")]
    [TestCase("title eq \"tab\\there\"", "title eq \"tab\\there\"")]
    [TestCase("title eq \"\\u0001\"", "title eq \"\\u0001\"")]
    [TestCase("n eq 1.50", "n eq 1.50")]
    [TestCase("n lt -2E+3", "n lt -2E+3")]
    [TestCase("active ne false", "active ne false")]
    [TestCase("manager eq null", "manager eq null")]
    [TestCase("EMAILS[TYPE EQ \"work\" AND value CO \"@x\"]", "EMAILS[TYPE eq \"work\" and value co \"@x\"]")]
    [TestCase("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value sw \"2\"",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value sw \"2\"")]
    public void Prints_the_canonical_form(string filter, string canonical) =>
        Assert.That(FilterFormatter.ToString(FilterParser.Parse(filter)), Is.EqualTo(canonical));

    [TestCase("userName eq \"bjensen\"")]
    [TestCase("name.familyName co \"O'Malley\"")]
    [TestCase("userName sw \"J\"")]
    [TestCase("title pr")]
    [TestCase("meta.lastModified gt \"2011-05-13T04:42:34Z\"")]
    [TestCase("meta.lastModified ge \"2011-05-13T04:42:34Z\"")]
    [TestCase("title pr and userType eq \"Employee\"")]
    [TestCase("title pr or userType eq \"Intern\"")]
    [TestCase("schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"")]
    [TestCase("userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")")]
    [TestCase("userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")")]
    [TestCase("userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]")]
    [TestCase("emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]")]
    [TestCase("not (not (a pr) or not (b pr and (c pr or d pr)))")]
    [TestCase("x eq \"\\u2028 \\\\ \\\" \\n\"")]
    [TestCase("score ge -0.25e-3 and count le 100")]
    public void Reparsing_the_printed_filter_gives_the_same_tree(string filter)
    {
        var tree = FilterParser.Parse(filter);
        var printed = FilterFormatter.ToString(tree);
        Assert.That(FilterParser.Parse(printed), Is.EqualTo(tree), printed);
        Assert.That(FilterFormatter.ToString(FilterParser.Parse(printed)), Is.EqualTo(printed), "printing is idempotent");
    }

    [Test]
    public void Built_trees_get_the_parentheses_their_shape_needs()
    {
        FilterNode[] trees =
        [
            new Or(Pr("a"), new Or(Pr("b"), Pr("c"))),
            new And(new Or(Pr("a"), Pr("b")), Pr("c")),
            new And(Pr("a"), new And(Pr("b"), new Or(Pr("c"), Pr("d")))),
            new Not(new And(Pr("a"), Pr("b"))),
            new ValuePath(new AttributePath(null, "emails"), new Or(Pr("value"), new Not(Pr("type")))),
            new Comparison(new AttributePath(null, "x"), ComparisonOperator.Eq, JsonValue.Create("\"]) or y pr")),
        ];
        foreach (var tree in trees)
            Assert.That(FilterParser.Parse(FilterFormatter.ToString(tree)), Is.EqualTo(tree), FilterFormatter.ToString(tree));
        Assert.That(trees[0].ToString(), Is.EqualTo("a pr or (b pr or c pr)"));
        Assert.That(trees[1].ToString(), Is.EqualTo("(a pr or b pr) and c pr"));
    }
}
