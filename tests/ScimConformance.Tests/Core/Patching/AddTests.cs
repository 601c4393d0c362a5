using NUnit.Framework;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>RFC 7644 §3.5.2.1 "add".</summary>
public sealed class AddTests
{
    [Test]
    public void Add_to_an_unassigned_singular_attribute_creates_it() =>
        AssertMember(Patched(User, "User", "{'op': 'add', 'path': 'title', 'value': 'Boss'}"), "title", "'Boss'");

    [Test]
    public void Add_to_an_assigned_singular_attribute_replaces_it() =>
        AssertMember(Patched(User, "User", "{'op': 'add', 'path': 'userName', 'value': 'babs'}"), "userName", "'babs'");

    [Test]
    public void Add_to_a_multi_valued_attribute_appends() =>
        AssertMember(Patched(User, "User", "{'op': 'add', 'path': 'emails', 'value': [{'value': 'b@x.example', 'type': 'other'}]}"), "emails",
            "[{'value': 'b@work.example', 'type': 'work', 'primary': true}, {'value': 'b@home.example', 'type': 'home'}, {'value': 'b@x.example', 'type': 'other'}]");

    [Test]
    public void Add_of_a_single_object_to_a_multi_valued_attribute_appends_it() =>
        AssertMember(Patched(Group, "Group", "{'op': 'add', 'path': 'members', 'value': {'value': 'u3'}}"), "members",
            "[{'value': 'u1', 'type': 'User'}, {'value': 'u2', 'type': 'User'}, {'value': 'g9', 'type': 'Group'}, {'value': 'u3'}]");

    [Test]
    public void Add_does_not_duplicate_values_already_present() =>
        AssertMember(Patched(Group, "Group", "{'op': 'add', 'path': 'members', 'value': [{'value': 'U1', 'type': 'User'}, {'value': 'u4'}, {'value': 'u4'}]}"), "members",
            "[{'value': 'u1', 'type': 'User'}, {'value': 'u2', 'type': 'User'}, {'value': 'g9', 'type': 'Group'}, {'value': 'u4'}]");

    [Test]
    public void Add_compares_whole_values_so_a_differing_sub_attribute_is_a_new_value() =>
        AssertMember(Patched(Group, "Group", "{'op': 'add', 'path': 'members', 'value': [{'value': 'u1'}]}"), "members",
            "[{'value': 'u1', 'type': 'User'}, {'value': 'u2', 'type': 'User'}, {'value': 'g9', 'type': 'Group'}, {'value': 'u1'}]");

    [Test]
    public void Add_to_an_unassigned_multi_valued_attribute_creates_it() =>
        AssertMember(Patched(User, "User", "{'op': 'add', 'path': 'phoneNumbers', 'value': [{'value': '555', 'type': 'work'}]}"), "phoneNumbers",
            "[{'value': '555', 'type': 'work'}]");

    [Test]
    public void Add_to_a_complex_attribute_merges_sub_attributes() =>
        AssertMember(Patched(User, "User", "{'op': 'add', 'path': 'name', 'value': {'formatted': 'Ms B', 'GIVENNAME': 'Babs'}}"), "name",
            "{'givenName': 'Babs', 'familyName': 'Jensen', 'formatted': 'Ms B'}");

    [Test]
    public void Add_to_a_sub_attribute_of_an_unassigned_complex_attribute_creates_the_parent() =>
        AssertMember(Patched(EnterpriseUser, "User", "{'op': 'add', 'path': 'name.givenName', 'value': 'John'}"), "name", "{'givenName': 'John'}");

    [Test]
    public void Add_without_path_merges_the_value_into_the_resource()
    {
        var patched = Patched(User, "User", "{'op': 'add', 'value': {'Title': 'Boss', 'name': {'formatted': 'B'}, 'emails': [{'value': 'new@x.example'}]}}");
        AssertMember(patched, "title", "'Boss'");
        AssertMember(patched, "name", "{'givenName': 'Barbara', 'familyName': 'Jensen', 'formatted': 'B'}");
        AssertMember(patched, "emails", "[{'value': 'b@work.example', 'type': 'work', 'primary': true}, {'value': 'b@home.example', 'type': 'home'}, {'value': 'new@x.example'}]");
    }

    [Test]
    public void Add_without_path_accepts_an_extension_object_and_lists_its_schema()
    {
        var patched = Patched(User, "User", $"{{'op': 'add', 'value': {{'{Enterprise}': {{'employeeNumber': '9', 'manager': {{'value': 'm2'}}}}}}}}");
        AssertMember(patched, Enterprise, "{'employeeNumber': '9', 'manager': {'value': 'm2'}}");
        AssertMember(patched, "schemas", $"['urn:ietf:params:scim:schemas:core:2.0:User', '{Enterprise}']");
    }

    [Test]
    public void Add_without_path_accepts_urn_qualified_attribute_names()
    {
        var patched = Patched(User, "User", $"{{'op': 'add', 'value': {{'{Enterprise}:department': 'R&D'}}}}");
        AssertMember(patched, Enterprise, "{'department': 'R&D'}");
    }

    [Test]
    public void Add_with_an_extension_path_creates_the_extension_and_lists_its_schema()
    {
        var patched = Patched(User, "User", $"{{'op': 'add', 'path': '{Enterprise}:employeeNumber', 'value': '42'}}");
        AssertMember(patched, Enterprise, "{'employeeNumber': '42'}");
        AssertMember(patched, "schemas", $"['urn:ietf:params:scim:schemas:core:2.0:User', '{Enterprise}']");
    }

    [Test]
    public void Add_to_an_extension_complex_attribute_merges() =>
        AssertMember(Patched(EnterpriseUser, "User", $"{{'op': 'add', 'path': '{Enterprise}:manager', 'value': {{'value': 'm7'}}}}"), Enterprise,
            "{'employeeNumber': '701', 'manager': {'value': 'm7', 'displayName': 'Boss'}}");

    [Test]
    public void Add_with_a_filter_and_sub_attribute_sets_it_on_matching_values() =>
        AssertMember(Patched(User, "User", "{'op': 'add', 'path': 'emails[type eq `home`].value', 'value': 'b@home2.example'}"), "emails",
            "[{'value': 'b@work.example', 'type': 'work', 'primary': true}, {'value': 'b@home2.example', 'type': 'home'}]");

    [Test]
    public void Add_with_a_filter_matching_nothing_is_noTarget() =>
        Assert.That(Failed(User, "User", "{'op': 'add', 'path': 'emails[type eq `other`].value', 'value': 'x@y'}").ScimType, Is.EqualTo("noTarget"));

    [Test]
    public void Add_of_an_empty_array_changes_nothing() =>
        AssertJson(Patched(User, "User", "{'op': 'add', 'path': 'phoneNumbers', 'value': []}"), User);
}
