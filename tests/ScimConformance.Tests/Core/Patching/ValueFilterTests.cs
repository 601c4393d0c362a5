using NUnit.Framework;
using ScimConformance.Core.Patching;
using ScimConformance.Tests.Support;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>The valFilter of valuePath (RFC 7644 §3.4.2.2): every operator, and/or/not, caseExact awareness.</summary>
public sealed class ValueFilterTests
{
    private const string Person = """
        {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'userName': 'p',
         'emails': [{'value': 'Ann@Work.example', 'type': 'work'}, {'value': 'ann@home.example', 'type': 'home'}, {'value': 'ann@other.example'}]}
        """;

    /// <summary>Removes the values the filter selects and returns the "value"s that survive.</summary>
    [TestCase("type eq `work`", "['ann@home.example', 'ann@other.example']")]
    [TestCase("type eq `WORK`", "['ann@home.example', 'ann@other.example']")]
    [TestCase("value eq `ann@work.example`", "['ann@home.example', 'ann@other.example']")]
    [TestCase("type ne `work`", "['Ann@Work.example']")]
    [TestCase("value co `home`", "['Ann@Work.example', 'ann@other.example']")]
    [TestCase("value sw `ANN@`", "[]")]
    [TestCase("value ew `.EXAMPLE`", "[]")]
    [TestCase("value ew `other.example`", "['Ann@Work.example', 'ann@home.example']")]
    [TestCase("type pr", "['ann@other.example']")]
    [TestCase("value gt `ann@home.example`", "['ann@home.example']")]
    [TestCase("value ge `ann@home.example`", "[]")]
    [TestCase("value lt `ann@other.example`", "['Ann@Work.example', 'ann@other.example']")]
    [TestCase("value le `ann@home.example`", "['Ann@Work.example', 'ann@other.example']")]
    [TestCase("type eq `work` or type eq `home`", "['ann@other.example']")]
    [TestCase("type eq `work` and value sw `ann`", "['ann@home.example', 'ann@other.example']")]
    [TestCase("type eq `work` and value sw `bob`", null)]
    [TestCase("not (type pr)", "['Ann@Work.example', 'ann@home.example']")]
    [TestCase("(type eq `home` or type eq `work`) and value co `work`", "['ann@home.example', 'ann@other.example']")]
    [TestCase("TYPE EQ `home`", "['Ann@Work.example', 'ann@other.example']")]
    [TestCase("emails.type eq `home`", "['Ann@Work.example', 'ann@other.example']")]
    public void Filter_selects_values(string filter, string? survivors)
    {
        var outcome = Apply(Person, "User", $"{{'op': 'remove', 'path': 'emails[{filter}]'}}");
        if (survivors is null)
        {
            Assert.That(outcome.Error?.ScimType, Is.EqualTo("noTarget"));
            return;
        }
        var emails = Succeeded(outcome)["emails"]?.AsArray().Select(e => e!["value"]!.GetValue<string>()).ToArray() ?? [];
        Assert.That(emails, Is.EqualTo(Compact(survivors)!.AsArray().Select(v => v!.GetValue<string>()).ToArray()));
    }

    private const string CaseGroup = "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group'], 'displayName': 'G', 'members': [{'value': 'AbC'}, {'value': 'abc'}]}";

    [Test]
    public void Case_insensitive_sub_attributes_match_any_case()
    {
        var patched = Patched(CaseGroup, "Group", "{'op': 'remove', 'path': 'members[value eq `abc`]'}");
        AssertMember(patched, "members", "absent");
    }

    [Test]
    public void CaseExact_sub_attributes_match_exactly()
    {
        var caseExact = new PatchOracle(DiscoveryFrom(ScimDocuments.SchemaArray.Replace(
            "{\"name\": \"value\", \"type\": \"string\", \"mutability\": \"immutable\"}",
            "{\"name\": \"value\", \"type\": \"string\", \"mutability\": \"immutable\", \"caseExact\": true}", StringComparison.Ordinal)));
        var patched = Succeeded(Apply(caseExact, CaseGroup, "Group", "{'op': 'remove', 'path': 'members[value eq `abc`]'}"));
        AssertMember(patched, "members", "[{'value': 'AbC'}]");
    }

    [Test]
    public void Filter_on_a_boolean_sub_attribute()
    {
        var patched = Patched(User, "User", "{'op': 'replace', 'path': 'emails[primary eq true].type', 'value': 'other'}");
        AssertMember(patched, "emails", "[{'value': 'b@work.example', 'type': 'other', 'primary': true}, {'value': 'b@home.example', 'type': 'home'}]");
    }
}
