using NUnit.Framework;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>RFC 7644 §3.5.2.2 "remove".</summary>
public sealed class RemoveTests
{
    [Test]
    public void Remove_of_a_singular_attribute_unassigns_it() =>
        AssertMember(Patched(User, "User", "{'op': 'remove', 'path': 'active'}"), "active", "absent");

    [Test]
    public void Remove_of_a_complex_attribute_unassigns_it() =>
        AssertMember(Patched(User, "User", "{'op': 'remove', 'path': 'NAME'}"), "name", "absent");

    [Test]
    public void Remove_of_a_sub_attribute_keeps_the_others() =>
        AssertMember(Patched(User, "User", "{'op': 'remove', 'path': 'name.givenName'}"), "name", "{'familyName': 'Jensen'}");

    [Test]
    public void Remove_of_the_last_sub_attribute_unassigns_the_complex_attribute() =>
        AssertMember(Patched(User, "User", "{'op': 'remove', 'path': 'name.givenName'}", "{'op': 'remove', 'path': 'name.familyName'}"), "name", "absent");

    [Test]
    public void Remove_of_a_multi_valued_attribute_unassigns_it() =>
        AssertMember(Patched(User, "User", "{'op': 'remove', 'path': 'emails'}"), "emails", "absent");

    [Test]
    public void Remove_of_an_unassigned_attribute_succeeds_without_change() =>
        AssertJson(Patched(User, "User", "{'op': 'remove', 'path': 'title'}"), User);

    [Test]
    public void Remove_with_a_filter_removes_only_matches() =>
        AssertMember(Patched(Group, "Group", "{'op': 'remove', 'path': 'members[value eq `u2`]'}"), "members",
            "[{'value': 'u1', 'type': 'User'}, {'value': 'g9', 'type': 'Group'}]");

    [Test]
    public void Remove_with_a_filter_matching_every_value_unassigns_the_attribute() =>
        AssertMember(Patched(Group, "Group", "{'op': 'remove', 'path': 'members[value pr]'}"), "members", "absent");

    [Test]
    public void Remove_with_a_filter_matching_nothing_is_noTarget() =>
        Assert.That(Failed(Group, "Group", "{'op': 'remove', 'path': 'members[value eq `nobody`]'}").ScimType, Is.EqualTo("noTarget"));

    [Test]
    public void Remove_with_a_filter_on_an_unassigned_attribute_is_noTarget() =>
        Assert.That(Failed(User, "User", "{'op': 'remove', 'path': 'phoneNumbers[type eq `work`]'}").ScimType, Is.EqualTo("noTarget"));

    [Test]
    public void Remove_with_a_filter_and_sub_attribute_removes_that_sub_attribute_of_matches() =>
        AssertMember(Patched(User, "User", "{'op': 'remove', 'path': 'emails[type eq `work`].primary'}"), "emails",
            "[{'value': 'b@work.example', 'type': 'work'}, {'value': 'b@home.example', 'type': 'home'}]");

    [Test]
    public void Remove_of_members_given_as_a_value_array_removes_those_members() =>
        AssertMember(Patched(Group, "Group", "{'op': 'Remove', 'path': 'members', 'value': [{'value': 'u1'}, {'value': 'g9'}]}"), "members",
            "[{'value': 'u2', 'type': 'User'}]");

    [Test]
    public void Remove_of_members_given_as_a_value_array_ignores_absent_members() =>
        AssertMember(Patched(Group, "Group", "{'op': 'remove', 'path': 'members', 'value': [{'value': 'nobody'}]}"), "members",
            "[{'value': 'u1', 'type': 'User'}, {'value': 'u2', 'type': 'User'}, {'value': 'g9', 'type': 'Group'}]");

    [Test]
    public void Remove_of_all_members_given_as_a_value_array_unassigns_members() =>
        AssertMember(Patched(Group, "Group", "{'op': 'remove', 'path': 'members', 'value': [{'value': 'u1'}, {'value': 'u2'}, {'value': 'g9'}]}"), "members", "absent");

    [Test]
    public void Remove_of_an_extension_attribute_keeps_the_rest_of_the_extension() =>
        AssertMember(Patched(EnterpriseUser, "User", $"{{'op': 'remove', 'path': '{Enterprise}:employeeNumber'}}"), Enterprise,
            "{'manager': {'value': 'm1', 'displayName': 'Boss'}}");

    [Test]
    public void Remove_of_an_extension_sub_attribute() =>
        AssertMember(Patched(EnterpriseUser, "User", $"{{'op': 'remove', 'path': '{Enterprise}:manager.value'}}"), Enterprise,
            "{'employeeNumber': '701', 'manager': {'displayName': 'Boss'}}");

    [Test]
    public void Remove_of_the_whole_extension_unlists_its_schema()
    {
        var patched = Patched(EnterpriseUser, "User", $"{{'op': 'remove', 'path': '{Enterprise}'}}");
        AssertMember(patched, Enterprise, "absent");
        AssertMember(patched, "schemas", "['urn:ietf:params:scim:schemas:core:2.0:User']");
    }

    [Test]
    public void Emptying_the_extension_unlists_its_schema()
    {
        var patched = Patched(EnterpriseUser, "User",
            $"{{'op': 'remove', 'path': '{Enterprise}:employeeNumber'}}", $"{{'op': 'remove', 'path': '{Enterprise}:manager'}}");
        AssertMember(patched, Enterprise, "absent");
        AssertMember(patched, "schemas", "['urn:ietf:params:scim:schemas:core:2.0:User']");
    }
}
