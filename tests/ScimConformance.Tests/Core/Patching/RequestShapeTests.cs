using NUnit.Framework;
using ScimConformance.Core.Patching;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>RFC 7644 §3.5.2: the PatchOp message itself. Structural faults are invalidSyntax (§3.12).</summary>
public sealed class RequestShapeTests
{
    private static readonly PatchOracle Oracle = new(CannedDiscovery);

    [TestCase("{'Operations': [{'op': 'add', 'path': 'title', 'value': 'x'}]}", TestName = "schemas missing")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'Operations': [{'op': 'add', 'path': 'title', 'value': 'x'}]}", TestName = "schemas without PatchOp")]
    [TestCase("{'schemas': 'urn:ietf:params:scim:api:messages:2.0:PatchOp', 'Operations': [{'op': 'add', 'path': 'title', 'value': 'x'}]}", TestName = "schemas not an array")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp']}", TestName = "Operations missing")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': []}", TestName = "Operations empty")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': {'op': 'add'}}", TestName = "Operations not an array")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': ['add']}", TestName = "operation not an object")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': [{'path': 'title', 'value': 'x'}]}", TestName = "op missing")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': [{'op': 'merge', 'path': 'title', 'value': 'x'}]}", TestName = "op unknown")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': [{'op': 'add', 'path': 7, 'value': 'x'}]}", TestName = "path not a string")]
    public void Malformed_messages_are_invalidSyntax(string request)
    {
        var outcome = Oracle.Apply(Object(User), "User", Object(request));
        Assert.That(outcome.Error?.ScimType, Is.EqualTo(PatchScimTypes.InvalidSyntax), () => outcome.Resource?.ToJsonString() ?? "");
        Assert.That(outcome.Error!.Status, Is.EqualTo(400));
    }

    [TestCase("add")]
    [TestCase("Add")]
    [TestCase("ADD")]
    [TestCase("replace")]
    [TestCase("Replace")]
    [TestCase("rEpLaCe")]
    public void Op_names_are_case_insensitive(string op)
    {
        var patched = Patched(User, "User", $"{{'op': '{op}', 'path': 'title', 'value': 'Boss'}}");
        AssertMember(patched, "title", "'Boss'");
    }

    [TestCase("Remove")]
    [TestCase("REMOVE")]
    public void Remove_is_case_insensitive_too(string op)
    {
        var patched = Patched(User, "User", $"{{'op': '{op}', 'path': 'name'}}");
        AssertMember(patched, "name", "absent");
    }

    [Test]
    public void Message_member_names_are_case_insensitive()
    {
        var request = Object("{'SCHEMAS': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'operations': [{'OP': 'add', 'PATH': 'title', 'VALUE': 'Boss'}]}");
        AssertMember(Succeeded(Oracle.Apply(Object(User), "User", request)), "title", "'Boss'");
    }

    [TestCase("{'op': 'add', 'path': 'title'}", TestName = "add without value")]
    [TestCase("{'op': 'replace', 'path': 'title', 'value': null}", TestName = "replace with null value")]
    [TestCase("{'op': 'add', 'value': 'x'}", TestName = "path-less add with a non-object value")]
    public void Missing_or_unusable_values_are_invalidValue(string operation) =>
        Assert.That(Failed(User, "User", operation).ScimType, Is.EqualTo(PatchScimTypes.InvalidValue));

    [Test]
    public void Remove_without_path_is_noTarget() =>
        Assert.That(Failed(User, "User", "{'op': 'remove'}").ScimType, Is.EqualTo(PatchScimTypes.NoTarget));

    [Test]
    public void Reason_names_the_failing_operation()
    {
        var error = Failed(User, "User", "{'op': 'add', 'path': 'title', 'value': 'x'}", "{'op': 'add', 'path': 'nickname', 'value': 'x'}");
        Assert.That(error.Reason, Does.StartWith("Operations[1] (add \"nickname\")"));
    }

    [Test]
    public void Unknown_resource_type_is_a_caller_error() =>
        Assert.That(() => Oracle.Apply(Object(User), "Device", Request("{'op': 'remove', 'path': 'title'}")), Throws.ArgumentException);

    [Test]
    public void Operations_run_in_order_each_seeing_the_previous_result()
    {
        var patched = Patched(User, "User",
            "{'op': 'remove', 'path': 'title'}",
            "{'op': 'add', 'path': 'title', 'value': 'First'}",
            "{'op': 'replace', 'path': 'title', 'value': 'Second'}");
        AssertMember(patched, "title", "'Second'");
    }
}
