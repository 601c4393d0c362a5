using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Filtering;

namespace ScimConformance.Tests.Core.Filtering;

public sealed class FilterEvaluatorLogicTests
{
    private const string E = FilterFixture.Enterprise + ":";

    [TestCase("userName eq \"bjensen@example.com\" and active eq true", true)]
    [TestCase("userName eq \"x\" or active eq true", true)]
    [TestCase("userName eq \"x\" and active eq true", false)]
    [TestCase("userName eq \"x\" and active eq true or name.familyName eq \"Jensen\"", true)]
    [TestCase("userName eq \"x\" and (active eq true or name.familyName eq \"Jensen\")", false)]
    [TestCase("active eq true or active eq false and userName eq \"x\"", true)]
    [TestCase("(active eq true or active eq false) and userName eq \"x\"", false)]
    [TestCase("not (userName eq \"x\")", true)]
    [TestCase("not (active eq true)", false)]
    [TestCase("not (userName eq \"x\") and not (active eq false)", true)]
    [TestCase("not (not (active eq true))", true)]
    [TestCase("((active eq true))", true)]
    public void Logical_operators(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    [TestCase("emails[type eq \"work\" and value co \"@example.com\"]", true)]
    [TestCase("emails[type eq \"work\" and value co \"jensen.org\"]", false)]
    [TestCase("emails.type eq \"work\" and emails.value co \"jensen.org\"", true)]
    [TestCase("emails[type eq \"home\" or primary eq true]", true)]
    [TestCase("emails[not (type eq \"work\")]", true)]
    [TestCase("emails[primary pr]", true)]
    [TestCase("emails[type ne \"work\" and primary eq true]", false)]
    [TestCase("emails[type eq \"work\"] and emails[type eq \"home\"]", true)]
    [TestCase("emails[type eq \"work\"] and not (emails[type eq \"other\"])", true)]
    [TestCase("phoneNumbers[type eq \"work\"]", false)]
    [TestCase("EMAILS[TYPE EQ \"WORK\" AND VALUE EW \"COM\"]", true)]
    public void Value_filters_hold_on_one_element(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    [TestCase(E + "employeeNumber eq \"701984\"", true)]
    [TestCase(E + "employeeNumber sw \"70\"", true)]
    [TestCase(E + "manager.value eq \"26118915-6090-4610-87e4-49d8ca9f808d\"", true)]
    [TestCase(E + "manager.value eq \"26118915-6090-4610-87E4-49D8CA9F808D\"", false)]
    [TestCase(E + "manager.displayName eq \"john smith\"", true)]
    [TestCase(E + "manager pr", true)]
    [TestCase(E + "manager[value sw \"26118915\" and displayName eq \"JOHN SMITH\"]", true)]
    [TestCase(E + "manager[value eq \"26118915-6090-4610-87E4-49D8CA9F808D\"]", false)]
    [TestCase(E + "costCenter pr", false)]
    [TestCase("URN:IETF:PARAMS:SCIM:SCHEMAS:EXTENSION:ENTERPRISE:2.0:USER:EMPLOYEENUMBER eq \"701984\"", true)]
    [TestCase("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"bjensen@example.com\"", true)]
    [TestCase("urn:ietf:params:scim:schemas:core:2.0:User:name.familyName eq \"Jensen\"", true)]
    [TestCase("urn:example:unknown:2.0:User:badge pr", false)]
    [TestCase("USERNAME eq \"bjensen@example.com\"", true)]
    [TestCase("Name.FamilyName EQ \"Jensen\"", true)]
    public void Urn_paths_and_case_insensitive_names(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    // title "", phoneNumbers [], addresses [{}], nickName absent; "ne" on an absent attribute is true (no value equals the operand).
    [TestCase("title pr", false)]
    [TestCase("phoneNumbers pr", false)]
    [TestCase("addresses pr", false)]
    [TestCase("nonexistent pr", false)]
    [TestCase("nonexistent eq \"x\"", false)]
    [TestCase("nonexistent ne \"x\"", true)]
    [TestCase("nonexistent co \"\"", false)]
    [TestCase("nonexistent gt 1", false)]
    [TestCase("nickName eq null", true)]
    [TestCase("userName eq null", false)]
    [TestCase("userName ne null", true)]
    [TestCase("nickName ne null", false)]
    [TestCase("title eq \"\"", true)]
    [TestCase("displayName eq \"Babs \\\"B\\\" Jensen\"", true)]
    [TestCase("displayName co \"\\u0022B\\u0022\"", true)]
    public void Missing_empty_and_null(string filter, bool expected) => Assert.That(FilterFixture.Matches(filter), Is.EqualTo(expected));

    // A multi-valued attribute matches when any of its values does (RFC 7644 §3.4.2.2): with no values, none differs.
    [TestCase("emails.value ne \"x\"", false)]
    [TestCase("emails ne \"x\"", false)]
    [TestCase("nickNames ne \"x\"", false)]
    [TestCase("name.familyName ne \"x\"", true)]
    [TestCase("emails[value ne \"x\"]", false)]
    public void Ne_on_an_absent_multi_valued_attribute_is_false(string filter, bool expected)
    {
        var resource = new JsonObject { ["userName"] = "u" };
        Assert.That(FilterFixture.Evaluator.Matches(FilterParser.Parse(filter), resource, FilterFixture.User), Is.EqualTo(expected));
    }

    [Test]
    public void Ne_on_a_present_multi_valued_attribute_needs_one_differing_value() =>
        Assert.That(FilterFixture.Matches("emails.value ne \"bjensen@example.com\""), Is.True);

    [Test]
    public void A_json_null_value_counts_as_unassigned()
    {
        var resource = new JsonObject { ["userName"] = "u", ["title"] = null, ["emails"] = new JsonArray(null, new JsonObject { ["value"] = null }) };
        bool Match(string f) => FilterFixture.Evaluator.Matches(FilterParser.Parse(f), resource, FilterFixture.User);
        Assert.That((Match("title pr"), Match("title eq null"), Match("emails pr"), Match("emails.value pr"), Match("emails eq \"x\"")),
            Is.EqualTo((false, true, false, false, false)));
    }

    [Test]
    public void Without_definitions_strings_compare_case_insensitively_and_values_by_their_json_kind()
    {
        var evaluator = new FilterEvaluator((_, _) => null);
        var resource = FilterFixture.Resource();
        bool Match(string f) => evaluator.Matches(FilterParser.Parse(f), resource, FilterFixture.User);
        Assert.That(Match("externalId eq \"EXT-701984\""), Is.False, "common attributes keep their RFC definition");
        Assert.That(Match("nickNames eq \"BJ\""), Is.True, "unknown attributes default to caseExact false");
        Assert.That(Match(FilterFixture.Metrics + ":loginCount gt 41.5"), Is.True);
        Assert.That(Match(FilterFixture.Metrics + ":loginCount gt \"41\""), Is.False);
        Assert.That(Match("active eq true"), Is.True);
        Assert.That(Match("active gt false"), Is.False, "an unknown attribute's type is not known to be boolean, so no 400 is implied");
    }

    [Test]
    public void Resolver_receives_the_full_path_including_the_value_filter_parent()
    {
        var asked = new List<string>();
        var evaluator = new FilterEvaluator((core, path) =>
        {
            asked.Add(core + " " + path);
            return FilterFixture.Discovery.Attribute(core, path);
        });
        evaluator.Matches(FilterParser.Parse("emails[type eq \"work\"] and urn:x:y:z pr"), FilterFixture.Resource(), FilterFixture.User);
        Assert.That(asked, Does.Contain(FilterFixture.User + " emails.type").And.Contain(FilterFixture.User + " urn:x:y:z"));
    }

    [Test]
    public void Matching_does_not_change_the_resource()
    {
        var resource = FilterFixture.Resource();
        FilterFixture.Evaluator.Matches(FilterParser.Parse("nickNames[value eq \"bj\"] or emails co \"x\""), resource, FilterFixture.User);
        Assert.That(JsonNode.DeepEquals(resource, FilterFixture.Resource()), Is.True);
    }
}
