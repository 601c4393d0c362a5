using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Tests.Core.Filtering;

public sealed class FilterParserTests
{
    private static AttributePath P(string name, string? sub = null) => new(null, name, sub);

    private static Comparison Eq(string name, string value) => new(P(name), ComparisonOperator.Eq, JsonValue.Create(value));

    private static Presence Pr(string name) => new(P(name));

    [Test]
    public void Parses_a_comparison_into_path_operator_and_string_value() =>
        Assert.That(FilterParser.Parse("userName eq \"bjensen\""), Is.EqualTo(Eq("userName", "bjensen")));

    [TestCase("eq", ComparisonOperator.Eq)]
    [TestCase("NE", ComparisonOperator.Ne)]
    [TestCase("Co", ComparisonOperator.Co)]
    [TestCase("sW", ComparisonOperator.Sw)]
    [TestCase("ew", ComparisonOperator.Ew)]
    [TestCase("GT", ComparisonOperator.Gt)]
    [TestCase("ge", ComparisonOperator.Ge)]
    [TestCase("Lt", ComparisonOperator.Lt)]
    [TestCase("le", ComparisonOperator.Le)]
    public void Operators_are_case_insensitive(string op, ComparisonOperator expected) =>
        Assert.That(((Comparison)FilterParser.Parse($"title {op} \"x\"")).Operator, Is.EqualTo(expected));

    [TestCase("title pr")]
    [TestCase("title PR")]
    [TestCase("title Pr")]
    public void Presence_operator_in_any_case(string filter) =>
        Assert.That(FilterParser.Parse(filter), Is.EqualTo(Pr("title")));

    [Test]
    public void And_binds_tighter_than_or_on_the_right() =>
        Assert.That(FilterParser.Parse("a pr or b pr and c pr"), Is.EqualTo(new Or(Pr("a"), new And(Pr("b"), Pr("c")))));

    [Test]
    public void And_binds_tighter_than_or_on_the_left() =>
        Assert.That(FilterParser.Parse("a pr and b pr or c pr"), Is.EqualTo(new Or(new And(Pr("a"), Pr("b")), Pr("c"))));

    [Test]
    public void Or_associates_to_the_left() =>
        Assert.That(FilterParser.Parse("a pr or b pr or c pr"), Is.EqualTo(new Or(new Or(Pr("a"), Pr("b")), Pr("c"))));

    [Test]
    public void And_associates_to_the_left() =>
        Assert.That(FilterParser.Parse("a pr and b pr and c pr"), Is.EqualTo(new And(new And(Pr("a"), Pr("b")), Pr("c"))));

    [Test]
    public void Parentheses_override_precedence() =>
        Assert.That(FilterParser.Parse("(a pr or b pr) and c pr"), Is.EqualTo(new And(new Or(Pr("a"), Pr("b")), Pr("c"))));

    [Test]
    public void Not_binds_tighter_than_and() =>
        Assert.That(FilterParser.Parse("not (a pr) and b pr"), Is.EqualTo(new And(new Not(Pr("a")), Pr("b"))));

    [TestCase("not (a pr or b pr)")]
    [TestCase("NOT(a pr or b pr)")]
    [TestCase("not   ( a pr or b pr )")]
    public void Not_takes_a_parenthesised_filter(string filter) =>
        Assert.That(FilterParser.Parse(filter), Is.EqualTo(new Not(new Or(Pr("a"), Pr("b")))));

    [Test]
    public void Keywords_are_attribute_names_where_an_attribute_is_expected() =>
        Assert.That(FilterParser.Parse("not pr and and pr"), Is.EqualTo(new And(Pr("not"), Pr("and"))));

    [Test]
    public void Nested_parentheses() =>
        Assert.That(FilterParser.Parse("((a pr))"), Is.EqualTo(Pr("a")));

    [Test]
    public void Value_path_holds_a_relative_filter() =>
        Assert.That(FilterParser.Parse("emails[type eq \"work\" and value co \"@x\"]"), Is.EqualTo(
            new ValuePath(P("emails"), new And(Eq("type", "work"), new Comparison(P("value"), ComparisonOperator.Co, JsonValue.Create("@x"))))));

    [Test]
    public void Value_paths_combine_with_logical_operators() =>
        Assert.That(FilterParser.Parse("emails[type eq \"work\"] or ims[type eq \"xmpp\"]"), Is.EqualTo(
            new Or(new ValuePath(P("emails"), Eq("type", "work")), new ValuePath(P("ims"), Eq("type", "xmpp")))));

    [Test]
    public void Sub_attribute_path() =>
        Assert.That(FilterParser.Parse("name.familyName pr"), Is.EqualTo(Pr("name") with { Path = P("name", "familyName") }));

    [Test]
    public void Ref_is_accepted_as_a_sub_attribute_name() =>
        Assert.That(((Presence)FilterParser.Parse("members.$ref pr")).Path, Is.EqualTo(P("members", "$ref")));

    [TestCase("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber pr",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "employeeNumber", null)]
    [TestCase("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value pr",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "manager", "value")]
    [TestCase("urn:ietf:params:scim:schemas:core:2.0:User:name.familyName pr",
        "urn:ietf:params:scim:schemas:core:2.0:User", "name", "familyName")]
    [TestCase("urn:a:b pr", "urn:a", "b", null)]
    public void Urn_qualified_paths(string filter, string urn, string name, string? sub) =>
        Assert.That(((Presence)FilterParser.Parse(filter)).Path, Is.EqualTo(new AttributePath(urn, name, sub)));

    [TestCase(@"""plain""", "plain")]
    [TestCase(@"""a\""b""", "a\"b")]
    [TestCase(@"""back\\slash""", "back\\slash")]
    [TestCase(@"""\/""", "/")]
    [TestCase(@"""\b\f\n\r\t""", "\b\f\n\r\t")]
    [TestCase(@"""\u00e9\u00C9""", "éÉ")]
    [TestCase(@"""\ud83d\ude00""", "\U0001F600")]
    [TestCase(@"""""", "")]
    [TestCase(@"""with ] and ) and and""", "with ] and ) and and")]
    public void String_literals_follow_json_escapes(string literal, string expected) =>
        Assert.That(((Comparison)FilterParser.Parse("title eq " + literal)).Value!.GetValue<string>(), Is.EqualTo(expected));

    [TestCase("0", "0")]
    [TestCase("42", "42")]
    [TestCase("-7", "-7")]
    [TestCase("3.75", "3.75")]
    [TestCase("-0.5", "-0.5")]
    [TestCase("1e3", "1e3")]
    [TestCase("2.5E-2", "2.5E-2")]
    [TestCase("-1E+10", "-1E+10")]
    public void Number_literals_keep_their_json_text(string literal, string expected) =>
        Assert.That(((Comparison)FilterParser.Parse("score gt " + literal)).Value!.ToJsonString(), Is.EqualTo(expected));

    [Test]
    public void True_false_and_null_literals()
    {
        Assert.That(((Comparison)FilterParser.Parse("active eq true")).Value!.GetValue<bool>(), Is.True);
        Assert.That(((Comparison)FilterParser.Parse("active eq false")).Value!.GetValue<bool>(), Is.False);
        Assert.That(((Comparison)FilterParser.Parse("active eq null")).Value, Is.Null);
    }

    [Test]
    public void Extra_whitespace_is_tolerated() =>
        Assert.That(FilterParser.Parse("  userName   eq\t\"bjensen\"  "), Is.EqualTo(Eq("userName", "bjensen")));

    [Test]
    public void Equal_filters_parsed_twice_are_equal_and_hash_alike()
    {
        var a = FilterParser.Parse("emails[type eq \"work\"] and score gt 1.5");
        var b = FilterParser.Parse("emails[type eq \"work\"] and score gt 1.5");
        Assert.That((a == b, a.GetHashCode() == b.GetHashCode()), Is.EqualTo((true, true)));
        Assert.That(FilterParser.Parse("score gt 1.5"), Is.Not.EqualTo(FilterParser.Parse("score gt 1.6")));
    }
}
