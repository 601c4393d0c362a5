using NUnit.Framework;
using ScimConformance.Core.Patching;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>Values must match the attribute's type (RFC 7643 §2.3); a mismatch is invalidValue (RFC 7644 §3.12).</summary>
public sealed class ValueTypeTests
{
    [TestCase("active", "'true'", TestName = "string for boolean")]
    [TestCase("active", "'True'", TestName = "capitalised string for boolean")]
    [TestCase("active", "1", TestName = "number for boolean")]
    [TestCase("userName", "5", TestName = "number for string")]
    [TestCase("userName", "true", TestName = "boolean for string")]
    [TestCase("userName", "['a']", TestName = "array for singular string")]
    [TestCase("userName", "{'value': 'a'}", TestName = "object for string")]
    [TestCase("name", "'Barbara'", TestName = "string for complex")]
    [TestCase("name", "{'middleName': 'x'}", TestName = "unknown sub-attribute in complex value")]
    [TestCase("name.givenName", "7", TestName = "number for sub-attribute")]
    [TestCase("emails", "['a@b.example']", TestName = "string for complex multi-valued value")]
    [TestCase("emails", "[{'value': 'a@b.example', 'primary': 'yes'}]", TestName = "string for boolean sub-attribute")]
    [TestCase("emails[type eq `work`].primary", "'true'", TestName = "string for boolean via filter")]
    [TestCase("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber", "701", TestName = "number for extension string")]
    [TestCase("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User", "'x'", TestName = "string for extension object")]
    public void Mismatched_types_are_invalidValue(string path, string value) =>
        Assert.That(Failed(User, "User", $"{{'op': 'replace', 'path': '{path}', 'value': {value}}}").ScimType, Is.EqualTo(PatchScimTypes.InvalidValue));

    [Test]
    public void Unknown_member_of_a_path_less_value_is_invalidPath() =>
        Assert.That(Failed(User, "User", "{'op': 'replace', 'value': {'nickName': 'x'}}").ScimType, Is.EqualTo(PatchScimTypes.InvalidPath));

    [Test]
    public void Unknown_member_of_an_extension_object_is_invalidPath() =>
        Assert.That(Failed(User, "User", $"{{'op': 'add', 'path': '{Enterprise}', 'value': {{'badge': 'x'}}}}").ScimType, Is.EqualTo(PatchScimTypes.InvalidPath));

    [TestCase("'True'", true)]
    [TestCase("'False'", false)]
    [TestCase("'false'", false)]
    public void String_booleans_are_accepted_and_stored_as_booleans_in_lenient_mode(string value, bool stored)
    {
        var lenient = new PatchOracle(CannedDiscovery, new PatchOracleOptions { AcceptStringBooleans = true });
        var patched = Succeeded(Apply(lenient, User, "User", $"{{'op': 'Replace', 'path': 'active', 'value': {value}}}"));
        Assert.That(patched["active"]!.GetValue<bool>(), Is.EqualTo(stored));
    }

    [Test]
    public void Lenient_mode_still_refuses_other_strings_for_booleans()
    {
        var lenient = new PatchOracle(CannedDiscovery, new PatchOracleOptions { AcceptStringBooleans = true });
        Assert.That(Apply(lenient, User, "User", "{'op': 'replace', 'path': 'active', 'value': 'yes'}").Error?.ScimType, Is.EqualTo(PatchScimTypes.InvalidValue));
    }

    [Test]
    public void Lenient_mode_also_applies_inside_path_less_values()
    {
        var lenient = new PatchOracle(CannedDiscovery, new PatchOracleOptions { AcceptStringBooleans = true });
        var patched = Succeeded(Apply(lenient, User, "User", "{'op': 'replace', 'value': {'active': 'False'}}"));
        AssertMember(patched, "active", "false");
    }

    [TestCase("loginCount")]
    [TestCase("lastLogin")]
    public void ReadOnly_checks_come_before_type_checks(string path) =>
        Assert.That(Failed(User, "User", $"{{'op': 'replace', 'path': '{path}', 'value': 'not-a-valid-value'}}").ScimType, Is.EqualTo(PatchScimTypes.Mutability));
}
