using NUnit.Framework;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>RFC 7644 §3.5.2.3 "replace".</summary>
public sealed class ReplaceTests
{
    [Test]
    public void Replace_of_a_singular_attribute() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'userName', 'value': 'babs'}"), "userName", "'babs'");

    [Test]
    public void Replace_of_an_unassigned_attribute_adds_it() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'title', 'value': 'Boss'}"), "title", "'Boss'");

    [Test]
    public void Replace_of_a_multi_valued_attribute_replaces_all_values() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'emails', 'value': [{'value': 'only@x.example'}]}"), "emails", "[{'value': 'only@x.example'}]");

    [Test]
    public void Replace_of_a_multi_valued_attribute_with_an_empty_array_unassigns_it() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'emails', 'value': []}"), "emails", "absent");

    [Test]
    public void Replace_of_a_complex_attribute_keeps_unmentioned_sub_attributes() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'name', 'value': {'givenName': 'Babs'}}"), "name", "{'givenName': 'Babs', 'familyName': 'Jensen'}");

    [Test]
    public void Replace_with_null_inside_a_complex_value_unassigns_that_sub_attribute() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'name', 'value': {'givenName': null}}"), "name", "{'familyName': 'Jensen'}");

    [Test]
    public void Replace_without_path_merges_and_replaces_multi_valued_attributes_wholesale()
    {
        var patched = Patched(User, "User", "{'op': 'replace', 'value': {'userName': 'babs', 'name': {'givenName': 'Babs'}, 'emails': [{'value': 'n@x.example'}]}}");
        AssertJson(patched, """
            {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'babs',
             'name': {'givenName': 'Babs', 'familyName': 'Jensen'}, 'active': true,
             'emails': [{'value': 'n@x.example'}],
             'meta': {'resourceType': 'User', 'version': 'W/`1`'}}
            """);
    }

    [Test]
    public void Replace_without_path_accepts_dotted_sub_attribute_names() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'value': {'name.familyName': 'J'}}"), "name", "{'givenName': 'Barbara', 'familyName': 'J'}");

    [Test]
    public void Replace_without_path_merges_an_extension_object() =>
        AssertMember(Patched(EnterpriseUser, "User", $"{{'op': 'replace', 'value': {{'{Enterprise}': {{'costCenter': 'C1'}}}}}}"), Enterprise,
            "{'employeeNumber': '701', 'manager': {'value': 'm1', 'displayName': 'Boss'}, 'costCenter': 'C1'}");

    [Test]
    public void Replace_of_an_extension_attribute() =>
        AssertMember(Patched(EnterpriseUser, "User", $"{{'op': 'replace', 'path': '{Enterprise}:employeeNumber', 'value': '702'}}"), Enterprise,
            "{'employeeNumber': '702', 'manager': {'value': 'm1', 'displayName': 'Boss'}}");

    [Test]
    public void Replace_with_a_filter_replaces_only_matching_values() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'emails[type eq `home`]', 'value': {'value': 'h2@x.example', 'type': 'home'}}"), "emails",
            "[{'value': 'b@work.example', 'type': 'work', 'primary': true}, {'value': 'h2@x.example', 'type': 'home'}]");

    [Test]
    public void Replace_with_a_filter_and_sub_attribute_changes_that_sub_attribute_of_each_match() =>
        AssertMember(Patched(Group, "Group", "{'op': 'replace', 'path': 'members[type eq `User`].type', 'value': 'Person'}"), "members",
            "[{'value': 'u1', 'type': 'Person'}, {'value': 'u2', 'type': 'Person'}, {'value': 'g9', 'type': 'Group'}]");

    [Test]
    public void Replace_with_a_filter_matching_nothing_is_noTarget() =>
        Assert.That(Failed(User, "User", "{'op': 'replace', 'path': 'emails[type eq `other`]', 'value': {'value': 'x@y'}}").ScimType, Is.EqualTo("noTarget"));

    [Test]
    public void Replace_with_a_filter_on_an_unassigned_attribute_is_noTarget() =>
        Assert.That(Failed(User, "User", "{'op': 'replace', 'path': 'phoneNumbers[type eq `work`].value', 'value': '1'}").ScimType, Is.EqualTo("noTarget"));

    [Test]
    public void Replace_of_a_sub_attribute_of_every_value_without_filter() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'emails.type', 'value': 'other'}"), "emails",
            "[{'value': 'b@work.example', 'type': 'other', 'primary': true}, {'value': 'b@home.example', 'type': 'other'}]");

    [Test]
    public void Replace_of_an_extension_sub_attribute_through_a_filterless_path() =>
        AssertMember(Patched(User, "User", $"{{'op': 'replace', 'path': '{Enterprise}:manager.value', 'value': 'm3'}}"), Enterprise, "{'manager': {'value': 'm3'}}");
}
