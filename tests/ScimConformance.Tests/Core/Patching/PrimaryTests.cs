using NUnit.Framework;
using ScimConformance.Core.Patching;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>RFC 7644 §3.5.2: primary=true on one value clears it on the others (RFC 7643 §2.4: at most one).</summary>
public sealed class PrimaryTests
{
    [Test]
    public void Adding_a_primary_value_clears_the_old_primary() =>
        AssertMember(Patched(User, "User", "{'op': 'add', 'path': 'emails', 'value': [{'value': 'n@x.example', 'primary': true}]}"), "emails",
            "[{'value': 'b@work.example', 'type': 'work', 'primary': false}, {'value': 'b@home.example', 'type': 'home'}, {'value': 'n@x.example', 'primary': true}]");

    [Test]
    public void Setting_primary_through_a_filter_clears_the_old_primary() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'emails[type eq `home`].primary', 'value': true}"), "emails",
            "[{'value': 'b@work.example', 'type': 'work', 'primary': false}, {'value': 'b@home.example', 'type': 'home', 'primary': true}]");

    [Test]
    public void Replacing_a_value_with_a_primary_one_clears_the_old_primary() =>
        AssertMember(Patched(User, "User", "{'op': 'replace', 'path': 'emails[type eq `home`]', 'value': {'value': 'h@x.example', 'type': 'home', 'primary': true}}"), "emails",
            "[{'value': 'b@work.example', 'type': 'work', 'primary': false}, {'value': 'h@x.example', 'type': 'home', 'primary': true}]");

    [Test]
    public void Adding_a_non_primary_value_keeps_the_primary() =>
        AssertMember(Patched(User, "User", "{'op': 'add', 'path': 'emails', 'value': {'value': 'n@x.example', 'primary': false}}"), "emails",
            "[{'value': 'b@work.example', 'type': 'work', 'primary': true}, {'value': 'b@home.example', 'type': 'home'}, {'value': 'n@x.example', 'primary': false}]");

    [Test]
    public void Two_primary_values_in_one_operation_are_invalidValue() =>
        Assert.That(Failed(User, "User", "{'op': 'replace', 'path': 'emails', 'value': [{'value': 'a@x', 'primary': true}, {'value': 'b@x', 'primary': true}]}").ScimType,
            Is.EqualTo(PatchScimTypes.InvalidValue));

    [Test]
    public void Attributes_without_a_primary_sub_attribute_are_left_alone() =>
        AssertMember(Patched(User, "User", "{'op': 'add', 'path': 'phoneNumbers', 'value': [{'value': '1'}, {'value': '2'}]}"), "phoneNumbers",
            "[{'value': '1'}, {'value': '2'}]");
}
