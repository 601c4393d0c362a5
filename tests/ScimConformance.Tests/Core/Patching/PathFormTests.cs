using NUnit.Framework;
using ScimConformance.Core.Patching;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>Each PATH form of RFC 7644 §3.5.2 (Figure 7), with case-insensitive names kept in the schema's spelling.</summary>
public sealed class PathFormTests
{
    [TestCase("displayName", "displayName")]
    [TestCase("DISPLAYNAME", "displayName")]
    [TestCase("displayname", "displayName")]
    [TestCase("urn:ietf:params:scim:schemas:core:2.0:User:displayName", "displayName")]
    [TestCase("URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:DisplayName", "displayName")]
    [TestCase("externalId", "externalId")]
    public void Attribute_paths_resolve_to_the_schema_spelling(string path, string stored)
    {
        var patched = Patched(User, "User", $"{{'op': 'add', 'path': '{path}', 'value': 'B J'}}");
        AssertMember(patched, stored, "'B J'");
        Assert.That(patched.Count(kv => string.Equals(kv.Key, stored, StringComparison.OrdinalIgnoreCase)), Is.EqualTo(1));
    }

    [TestCase("name.givenName")]
    [TestCase("NAME.GIVENNAME")]
    [TestCase("urn:ietf:params:scim:schemas:core:2.0:User:name.givenName")]
    public void Sub_attribute_paths_change_only_that_sub_attribute(string path)
    {
        var patched = Patched(User, "User", $"{{'op': 'replace', 'path': '{path}', 'value': 'Babs'}}");
        AssertMember(patched, "name", "{'givenName': 'Babs', 'familyName': 'Jensen'}");
    }

    [Test]
    public void Existing_member_spelled_differently_is_renamed_to_the_schema_spelling()
    {
        var patched = Patched("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'userName': 'a', 'DisplayName': 'old'}", "User",
            "{'op': 'replace', 'path': 'displayname', 'value': 'new'}");
        AssertJson(patched, "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'userName': 'a', 'displayName': 'new'}");
    }

    [TestCase("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "{'employeeNumber': '702', 'manager': {'value': 'm1', 'displayName': 'Boss'}}")]
    [TestCase("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:EMPLOYEENUMBER", "{'employeeNumber': '702', 'manager': {'value': 'm1', 'displayName': 'Boss'}}")]
    [TestCase("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value", "{'employeeNumber': '701', 'manager': {'value': '702', 'displayName': 'Boss'}}")]
    public void Extension_paths_are_urn_qualified(string path, string expectedExtension)
    {
        var patched = Patched(EnterpriseUser, "User", $"{{'op': 'replace', 'path': '{path}', 'value': '702'}}");
        AssertMember(patched, Enterprise, expectedExtension);
    }

    [TestCase("nickName", TestName = "unknown attribute")]
    [TestCase("name.middle", TestName = "unknown sub-attribute")]
    [TestCase("userName.value", TestName = "sub-attribute of a simple attribute")]
    [TestCase("name.givenName.x", TestName = "three levels")]
    [TestCase("employeeNumber", TestName = "extension attribute without its URN")]
    [TestCase("urn:ietf:params:scim:schemas:extension:other:2.0:User:x", TestName = "unknown schema URN")]
    [TestCase("urn:ietf:params:scim:schemas:core:2.0:User", TestName = "core schema URN alone")]
    [TestCase("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:nope", TestName = "unknown extension attribute")]
    [TestCase("emails[type eq `work`", TestName = "unclosed filter")]
    [TestCase("emails[type eq `work`].nope", TestName = "unknown sub-attribute after filter")]
    [TestCase("emails[type eq `work`]value", TestName = "garbage after filter")]
    [TestCase("emails[nope eq `work`]", TestName = "unknown attribute inside filter")]
    [TestCase("emails[type zz `work`]", TestName = "unknown filter operator")]
    [TestCase("emails[type eq]", TestName = "filter without value")]
    [TestCase("emails[]", TestName = "empty filter")]
    [TestCase("emails[type eq `work` and]", TestName = "dangling and")]
    [TestCase("emails[primary gt true]", TestName = "ordering a boolean")]
    [TestCase("name[givenName eq `B`]", TestName = "filter on a singular attribute")]
    [TestCase("", TestName = "empty path")]
    [TestCase("na me", TestName = "space in name")]
    public void Unresolvable_paths_are_invalidPath(string path) =>
        Assert.That(Failed(User, "User", $"{{'op': 'replace', 'path': '{path}', 'value': 'x'}}").ScimType, Is.EqualTo(PatchScimTypes.InvalidPath));

    // RFC 7644 §3.5.2 (Figure 7) builds valFilter from the filter grammar, whose compValue admits numbers, so
    // "emails[value eq 5]" is a well-formed path, not an invalidPath ("invalid or malformed"). Evaluated as
    // §3.4.2.2 filters are, a number never equals a string value: the filter selects nothing, and a replace
    // whose valuePath matches no value is 400 noTarget (§3.5.2.3). Before the shared filter oracle this was invalidPath.
    [Test]
    public void Number_compared_with_a_string_sub_attribute_selects_nothing() =>
        Assert.That(Failed(User, "User", "{'op': 'replace', 'path': 'emails[value eq 5]', 'value': 'x'}").ScimType, Is.EqualTo(PatchScimTypes.NoTarget));

    [Test]
    public void String_compared_with_a_boolean_sub_attribute_selects_nothing() =>
        Assert.That(Failed(User, "User", "{'op': 'remove', 'path': 'emails[primary eq `true`]'}").ScimType, Is.EqualTo(PatchScimTypes.NoTarget));

    [Test]
    public void Remove_of_an_unknown_attribute_is_invalidPath() =>
        Assert.That(Failed(User, "User", "{'op': 'remove', 'path': 'nickName'}").ScimType, Is.EqualTo(PatchScimTypes.InvalidPath));

    [Test]
    public void Extension_attribute_names_do_not_resolve_on_another_resource_type() =>
        Assert.That(Failed(Group, "Group", $"{{'op': 'add', 'path': '{Enterprise}:employeeNumber', 'value': '1'}}").ScimType, Is.EqualTo(PatchScimTypes.InvalidPath));
}
