using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Query;

/// <summary>RFC 7644 §3.4.2.2, Table 4 and the precedence rules: and, or, not, grouping, and case-insensitive keywords.</summary>
public sealed class FilterLogicTests : QueryFixture
{
    [Test]
    [ScimTest("QRY-035", "or selects resources matching either operand", Areas.Query, Severity.High, "R7644-3.4.2.2-08",
        Needs = [Capability.Filter],
        Remediation = "Make 'a or b' select the union of what a and b select.")]
    public Task Or_is_union() => ExpectSelectsAsync("R7644-3.4.2.2-08", "title eq \"Director\" or name.givenName eq \"Ada\"");

    [Test]
    [ScimTest("QRY-036", "and selects resources matching both operands", Areas.Query, Severity.High, "R7644-3.4.2.2-08",
        Needs = [Capability.Filter],
        Remediation = "Make 'a and b' select the intersection of what a and b select.")]
    public Task And_is_intersection() => ExpectSelectsAsync("R7644-3.4.2.2-08", "active eq true and title co \"engineer\"");

    [Test]
    [ScimTest("QRY-037", "not binds to its parenthesised operand before and/or", Areas.Query, Severity.Medium, "R7644-3.4.2.2-11", "R7644-3.4.2.2-08",
        Needs = [Capability.Filter],
        Remediation = "Evaluate 'not (a) or b' as '(not a) or b', and negate the whole group in 'not (a and b)'.")]
    public Task Not_precedence() =>
        ExpectSelectsAsync("R7644-3.4.2.2-11", "not (title pr) or active eq false", "not (title pr and active eq true)", "not (not (emails pr))");

    [Test]
    [ScimTest("QRY-038", "Parentheses override and-before-or", Areas.Query, Severity.Medium, "R7644-3.4.2.2-11",
        Needs = [Capability.Filter],
        Remediation = "Evaluate grouped expressions first: '(a or b) and c' differs from 'a or b and c'.")]
    public Task Grouping_first() =>
        ExpectSelectsAsync("R7644-3.4.2.2-11", "(title sw \"e\" or title sw \"d\") and active eq true", "active eq false and (name.givenName eq \"Eve\" or emails.type eq \"home\")");

    [Test]
    [ScimTest("QRY-039", "Attribute names and operators are case-insensitive", Areas.Query, Severity.Medium, "R7644-3.4.2.2-02",
        Needs = [Capability.Filter],
        Remediation = "Match attribute names and operator keywords (eq, AND, Pr...) without regard to case.")]
    public Task Keywords_ignore_case() =>
        ExpectSelectsAsync("R7644-3.4.2.2-02", "TITLE SW \"senior\"", "Name.FamilyName Eq \"smith\" AND Emails Pr", "NOT (Active EQ true)");
}
