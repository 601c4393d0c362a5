using NUnit.Framework;
using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Patching;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Patching;

/// <summary>
/// The canned /Schemas and /ResourceTypes of <see cref="ScimDocuments"/> read by the real parsers, plus a
/// compact JSON notation for tests: single quotes stand for double quotes and a backtick for an escaped
/// quote inside a string, so `emails[type eq `work`]` reads as emails[type eq "work"].
/// </summary>
internal static class PatchFixture
{
    public const string Enterprise = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

    public static readonly DiscoveryResult CannedDiscovery = DiscoveryFrom(ScimDocuments.SchemaArray);

    public const string User = """
        {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'bjensen',
         'name': {'givenName': 'Barbara', 'familyName': 'Jensen'}, 'active': true,
         'emails': [{'value': 'b@work.example', 'type': 'work', 'primary': true}, {'value': 'b@home.example', 'type': 'home'}],
         'meta': {'resourceType': 'User', 'version': 'W/`1`'}}
        """;

    public const string EnterpriseUser = """
        {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
         'id': 'u2', 'userName': 'jsmith',
         'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {'employeeNumber': '701', 'manager': {'value': 'm1', 'displayName': 'Boss'}}}
        """;

    public const string Group = """
        {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:Group'], 'id': 'g1', 'displayName': 'Admins',
         'members': [{'value': 'u1', 'type': 'User'}, {'value': 'u2', 'type': 'User'}, {'value': 'g9', 'type': 'Group'}]}
        """;

    public static JsonNode? Compact(string compact) => JsonNode.Parse(compact.Replace("`", "\\\"", StringComparison.Ordinal).Replace('\'', '"'));

    public static JsonObject Object(string compact) => (JsonObject)Compact(compact)!;

    public static JsonObject Request(params string[] operations) =>
        Object($"{{'schemas': ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], 'Operations': [{string.Join(",", operations)}]}}");

    public static PatchOutcome Apply(string resource, string resourceType, params string[] operations) =>
        Apply(new PatchOracle(CannedDiscovery), resource, resourceType, operations);

    public static PatchOutcome Apply(PatchOracle oracle, string resource, string resourceType, params string[] operations) =>
        oracle.Apply(Object(resource), resourceType, Request(operations));

    public static JsonObject Patched(string resource, string resourceType, params string[] operations) =>
        Succeeded(Apply(resource, resourceType, operations));

    public static JsonObject Succeeded(PatchOutcome outcome)
    {
        Assert.That(outcome.Error, Is.Null, () => $"expected success, got {outcome.Error}");
        return outcome.Resource!;
    }

    public static PatchError Failed(string resource, string resourceType, params string[] operations)
    {
        var outcome = Apply(resource, resourceType, operations);
        Assert.That(outcome.Succeeded, Is.False, () => $"expected an error, got {outcome.Resource?.ToJsonString()}");
        Assert.That(outcome.Error!.Status, Is.EqualTo(400));
        return outcome.Error;
    }

    /// <summary>Strict comparison: member names, order of array values and JSON types must all be as written.</summary>
    public static void AssertJson(JsonNode? actual, string expectedCompact)
    {
        var expected = Compact(expectedCompact);
        Assert.That(JsonNode.DeepEquals(actual, expected), Is.True,
            () => $"expected {expected?.ToJsonString() ?? "(absent)"}\n  actual {actual?.ToJsonString() ?? "(absent)"}");
    }

    /// <summary>Asserts the member is present with exactly that spelling and value; "absent" asserts it is missing.</summary>
    public static void AssertMember(JsonObject resource, string name, string expectedCompact)
    {
        if (expectedCompact == "absent")
        {
            Assert.That(resource.Any(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)), Is.False, () => resource.ToJsonString());
            return;
        }
        Assert.That(resource.ContainsKey(name), Is.True, () => $"\"{name}\" missing (spelling matters) in {resource.ToJsonString()}");
        AssertJson(resource[name], expectedCompact);
    }

    public static DiscoveryResult DiscoveryFrom(string schemaArray)
    {
        var problems = new List<string>();
        var schemas = JsonNode.Parse(schemaArray)!.AsArray().OfType<JsonObject>()
            .Select(s => SchemaParser.Parse(s, problems)).OfType<SchemaDefinition>().ToArray();
        var types = JsonNode.Parse(ScimDocuments.ResourceTypeArray)!.AsArray().OfType<JsonObject>()
            .Select(t => ResourceTypeParser.Parse(t, problems)).OfType<ResourceTypeDefinition>().ToArray();
        Assert.That(problems, Is.Empty);
        return new DiscoveryResult
        {
            Capabilities = CapabilitiesParser.Parse(JsonNode.Parse(ScimDocuments.ServiceProviderConfig)!.AsObject()),
            Schemas = schemas,
            ResourceTypes = types,
        };
    }
}
