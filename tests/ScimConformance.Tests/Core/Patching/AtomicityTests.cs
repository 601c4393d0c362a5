using NUnit.Framework;
using System.Text.Json.Nodes;
using ScimConformance.Core.Patching;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>RFC 7644 §3.5.2: all or nothing; and the oracle never touches its inputs.</summary>
public sealed class AtomicityTests
{
    [TestCase("{'op': 'remove', 'path': 'emails[type eq `fax`]'}", "noTarget")]
    [TestCase("{'op': 'replace', 'path': 'id', 'value': 'x'}", "mutability")]
    [TestCase("{'op': 'add', 'path': 'nickName', 'value': 'x'}", "invalidPath")]
    [TestCase("{'op': 'add', 'path': 'active', 'value': 'x'}", "invalidValue")]
    public void A_failing_operation_fails_the_whole_request(string failing, string scimType)
    {
        var outcome = Apply(User, "User",
            "{'op': 'replace', 'path': 'userName', 'value': 'changed'}",
            "{'op': 'remove', 'path': 'emails'}",
            failing);
        Assert.That(outcome.Resource, Is.Null);
        Assert.That(outcome.Error!.ScimType, Is.EqualTo(scimType));
    }

    [Test]
    public void The_input_resource_is_untouched_on_success()
    {
        var resource = Object(User);
        var outcome = new PatchOracle(CannedDiscovery).Apply(resource, "User",
            Request("{'op': 'replace', 'path': 'emails[type eq `home`].primary', 'value': true}", "{'op': 'remove', 'path': 'name.givenName'}"));
        Assert.That(outcome.Succeeded, Is.True);
        AssertJson(resource, User);
        Assert.That(ReferenceEquals(outcome.Resource, resource), Is.False);
    }

    [Test]
    public void The_input_resource_is_untouched_on_failure()
    {
        var resource = Object(User);
        new PatchOracle(CannedDiscovery).Apply(resource, "User", Request("{'op': 'remove', 'path': 'emails'}", "{'op': 'remove', 'path': 'id'}"));
        AssertJson(resource, User);
    }

    [Test]
    public void The_request_is_untouched_and_results_do_not_share_nodes_with_it()
    {
        var request = Request("{'op': 'add', 'path': 'emails', 'value': [{'value': 'n@x.example'}]}");
        var before = request.ToJsonString();
        var patched = Succeeded(new PatchOracle(CannedDiscovery).Apply(Object(User), "User", request));
        ((JsonObject)patched["emails"]![2]!)["value"] = "mutated";
        Assert.That(request.ToJsonString(), Is.EqualTo(before));
    }

    [Test]
    public void One_oracle_serves_several_resource_types_and_requests()
    {
        var oracle = new PatchOracle(CannedDiscovery);
        Assert.That(Apply(oracle, Group, "Group", "{'op': 'remove', 'path': 'members'}").Succeeded, Is.True);
        Assert.That(Apply(oracle, User, "User", "{'op': 'remove', 'path': 'emails'}").Succeeded, Is.True);
        Assert.That(Apply(oracle, User, "user", "{'op': 'remove', 'path': 'members'}").Error?.ScimType, Is.EqualTo("invalidPath"));
    }
}
