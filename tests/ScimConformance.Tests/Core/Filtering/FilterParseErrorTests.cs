using NUnit.Framework;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Tests.Core.Filtering;

public sealed class FilterParseErrorTests
{
    [TestCase("userName", 8, "expected a comparison operator after 'userName'")]
    [TestCase("userName xx \"a\"", 9, "unknown operator 'xx'")]
    [TestCase("userName eq", 11, "expected a comparison value after 'eq'")]
    [TestCase("userName eq bjensen", 12, "expected a comparison value")]
    [TestCase("userName eq True", 12, "expected a comparison value")]
    [TestCase("userName eq NULL", 12, "expected a comparison value")]
    [TestCase("userName eq \"abc", 12, "unterminated string")]
    [TestCase("userName eq \"a\\qb\"", 14, "invalid escape '\\q'")]
    [TestCase("userName eq \"\\u12\"", 13, "\\u must be followed by four hex digits")]
    [TestCase("userName eq \"line\nbreak\"", 17, "control character in string")]
    [TestCase("", 0, "empty filter")]
    [TestCase("   ", 0, "empty filter")]
    [TestCase("(userName pr", 12, "expected ')'")]
    [TestCase("userName pr)", 11, "expected 'and', 'or' or end of filter")]
    [TestCase("userName pr and", 15, "expected a filter after 'and'")]
    [TestCase("userName pr or", 14, "expected a filter after 'or'")]
    [TestCase("emails[type eq \"work\"", 21, "expected ']'")]
    [TestCase("emails[type eq \"work\"].value eq \"x\"", 22, "cannot select a sub-attribute after ']'")]
    [TestCase("emails[type[value pr]]", 11, "value filters cannot be nested")]
    [TestCase("emails[]", 7, "empty value filter")]
    [TestCase("()", 1, "empty parentheses")]
    [TestCase("not ()", 5, "empty parentheses")]
    [TestCase("userName eq 01", 12, "invalid number")]
    [TestCase("score gt 1.", 11, "expected a digit after the decimal point")]
    [TestCase("score gt 1e", 11, "expected a digit in the exponent")]
    [TestCase("score gt -", 10, "expected a digit in number")]
    [TestCase("score gt 12abc", 9, "invalid number")]
    [TestCase("name.familyName.x pr", 0, "invalid attribute path 'name.familyName.x'")]
    [TestCase("urn:ietf:params:scim:schemas:core:2.0:User: eq \"x\"", 0, "invalid attribute path")]
    [TestCase(":userName pr", 0, "invalid attribute path")]
    [TestCase("user_ pr and 9x pr", 13, "invalid number")]
    [TestCase("userName eq \"a\" nd x pr", 16, "expected 'and', 'or' or end of filter, found 'nd'")]
    [TestCase("userName eq\"a\"", 11, "expected a space before the comparison value")]
    [TestCase("userName eq \"a\"or x pr", 15, "expected a space before 'or'")]
    [TestCase("userName eq \"a\" and(x pr)", 19, "expected a space after 'and'")]
    [TestCase("userName eq \"a\" & x pr", 16, "unexpected character '&'")]
    [TestCase("not userName pr", 4, "unknown operator 'userName'")]
    [TestCase("emails[type eq \"work\"] eq \"x\"", 23, "expected 'and', 'or' or end of filter")]
    [TestCase("and", 3, "expected a comparison operator after 'and'")]
    [TestCase(") or a pr", 0, "expected an attribute path, 'not' or '('")]
    [TestCase("userName eq [", 12, "expected a comparison value")]
    [TestCase("a pr and (b pr or c pr", 22, "expected ')'")]
    public void Reports_the_problem_and_its_position(string filter, int position, string problem)
    {
        var error = Assert.Throws<FilterParseException>(() => FilterParser.Parse(filter))!;
        Assert.That(error.Position, Is.EqualTo(position), error.Message);
        Assert.That(error.Problem, Does.Contain(problem));
        Assert.That(error.Message, Does.EndWith($" at {position}"));
    }

    [Test]
    public void Message_names_the_attribute_and_the_position() =>
        Assert.That(Assert.Throws<FilterParseException>(() => FilterParser.Parse("userName  bjensen"))!.Message,
            Is.EqualTo("unknown operator 'bjensen'; expected eq, ne, co, sw, ew, gt, lt, ge, le or pr at 10"));

    [Test]
    public void Message_for_a_missing_operator_matches_the_documented_form() =>
        Assert.That(Assert.Throws<FilterParseException>(() => FilterParser.Parse("userName "))!.Message,
            Is.EqualTo("expected a comparison operator after 'userName' at 9"));
}
