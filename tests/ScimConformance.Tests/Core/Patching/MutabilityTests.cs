using NUnit.Framework;
using ScimConformance.Core.Patching;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>RFC 7644 §3.5.2 and §3.5.2.2: readOnly, immutable and required attributes.</summary>
public sealed class MutabilityTests
{
    [TestCase("{'op': 'replace', 'path': 'id', 'value': 'x'}", TestName = "replace id")]
    [TestCase("{'op': 'add', 'path': 'id', 'value': 'x'}", TestName = "add id")]
    [TestCase("{'op': 'remove', 'path': 'id'}", TestName = "remove id")]
    [TestCase("{'op': 'replace', 'path': 'meta.version', 'value': 'x'}", TestName = "replace meta sub-attribute")]
    [TestCase("{'op': 'remove', 'path': 'meta'}", TestName = "remove meta")]
    [TestCase("{'op': 'add', 'path': 'groups', 'value': [{'value': 'g1'}]}", TestName = "add groups")]
    [TestCase("{'op': 'remove', 'path': 'groups'}", TestName = "remove unassigned groups")]
    [TestCase("{'op': 'replace', 'path': 'loginCount', 'value': 3}", TestName = "replace readOnly integer")]
    [TestCase("{'op': 'add', 'value': {'id': 'x'}}", TestName = "path-less add of id")]
    [TestCase("{'op': 'replace', 'value': {'meta': {'version': 'x'}}}", TestName = "path-less replace of meta")]
    [TestCase("{'op': 'add', 'path': 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager', 'value': {'value': 'm', 'displayName': 'x'}}", TestName = "readOnly sub-attribute inside a complex value")]
    [TestCase("{'op': 'replace', 'path': 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.displayName', 'value': 'x'}", TestName = "readOnly extension sub-attribute")]
    [TestCase("{'op': 'remove', 'path': 'userName'}", TestName = "remove required attribute")]
    [TestCase("{'op': 'replace', 'value': {'userName': null}}", TestName = "path-less null into required attribute")]
    [TestCase("{'op': 'remove', 'path': 'schemas'}", TestName = "remove schemas")]
    public void Refused_with_mutability(string operation) =>
        Assert.That(Failed(User, "User", operation).ScimType, Is.EqualTo(PatchScimTypes.Mutability));

    [Test]
    public void Removing_the_required_displayName_of_a_group_is_mutability()
    {
        const string group = "{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group'], 'displayName': 'G'}";
        Assert.That(Failed(group, "Group", "{'op': 'remove', 'path': 'displayName'}").ScimType, Is.EqualTo(PatchScimTypes.Mutability));
    }

    [Test]
    public void Immutable_sub_attribute_may_be_given_its_first_value() =>
        AssertMember(Patched("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group'], 'displayName': 'G', 'members': [{'type': 'User'}]}", "Group",
            "{'op': 'add', 'path': 'members[type eq `User`].value', 'value': 'u5'}"), "members", "[{'type': 'User', 'value': 'u5'}]");

    [Test]
    public void Immutable_sub_attribute_cannot_be_replaced() =>
        Assert.That(Failed(Group, "Group", "{'op': 'replace', 'path': 'members[value eq `u1`].value', 'value': 'u9'}").ScimType, Is.EqualTo(PatchScimTypes.Mutability));

    [Test]
    public void Immutable_sub_attribute_cannot_be_replaced_through_the_whole_value() =>
        Assert.That(Failed(Group, "Group", "{'op': 'replace', 'path': 'members[value eq `u1`]', 'value': {'value': 'u9'}}").ScimType, Is.EqualTo(PatchScimTypes.Mutability));

    [Test]
    public void Immutable_sub_attribute_cannot_be_removed() =>
        Assert.That(Failed(Group, "Group", "{'op': 'remove', 'path': 'members[value eq `u1`].value'}").ScimType, Is.EqualTo(PatchScimTypes.Mutability));

    [Test]
    public void Restating_an_immutable_value_is_not_a_change() =>
        AssertMember(Patched(Group, "Group", "{'op': 'replace', 'path': 'members[value eq `u1`].value', 'value': 'U1'}"), "members",
            "[{'value': 'u1', 'type': 'User'}, {'value': 'u2', 'type': 'User'}, {'value': 'g9', 'type': 'Group'}]");

    [Test]
    public void Values_holding_an_immutable_sub_attribute_can_still_be_added_and_removed()
    {
        var patched = Patched(Group, "Group",
            "{'op': 'add', 'path': 'members', 'value': [{'value': 'u7'}]}",
            "{'op': 'remove', 'path': 'members[value eq `u1`]'}");
        AssertMember(patched, "members", "[{'value': 'u2', 'type': 'User'}, {'value': 'g9', 'type': 'Group'}, {'value': 'u7'}]");
    }

    [Test]
    public void WriteOnly_attributes_can_be_written() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'password', 'value': 'n3w-Secret'}"), "password", "'n3w-Secret'");
}
