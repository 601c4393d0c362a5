using NUnit.Framework;
using ScimConformance.Core.Patching;
using static ScimConformance.Tests.Core.Patching.PatchFixture;

namespace ScimConformance.Tests.Core.Patching;

public sealed class PatchComparisonTests
{
    private const string Expected = """
        {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'b',
         'emails': [{'value': 'a@x', 'primary': true}, {'value': 'b@x', 'primary': false}], 'password': 'secret',
         'meta': {'version': 'W/`1`'}}
        """;

    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'b', 'emails': [{'value': 'a@x', 'primary': true}, {'value': 'b@x', 'primary': false}]}", TestName = "meta and password absent")]
    [TestCase("{'SCHEMAS': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'ID': 'u1', 'USERNAME': 'b', 'Emails': [{'VALUE': 'a@x', 'Primary': true}, {'value': 'b@x', 'primary': false}]}", TestName = "member names in another case")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'b', 'emails': [{'value': 'b@x', 'primary': false}, {'value': 'a@x', 'primary': true}]}", TestName = "values in another order")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'b', 'emails': [{'value': 'a@x', 'primary': true}, {'value': 'b@x'}], 'meta': {'version': 'W/`2`'}}", TestName = "primary false versus absent and other meta")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'b', 'title': null, 'phoneNumbers': [], 'name': {}, 'emails': [{'value': 'a@x', 'primary': true}, {'value': 'b@x'}]}", TestName = "unassigned members")]
    public void Equivalent_despite(string actual) =>
        Assert.That(PatchComparison.Equivalent(Object(Expected), Object(actual)), Is.True, () => PatchComparison.Difference(Object(Expected), Object(actual)) ?? "");

    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'B', 'emails': [{'value': 'a@x', 'primary': true}, {'value': 'b@x'}]}", "\"userName\"", TestName = "value case differs")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'b', 'emails': [{'value': 'a@x', 'primary': true}]}", "\"emails\"", TestName = "a value missing")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'b', 'emails': [{'value': 'a@x', 'primary': true}, {'value': 'b@x'}, {'value': 'c@x'}]}", "\"emails\"", TestName = "an extra value")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'b', 'emails': [{'value': 'a@x', 'primary': false}, {'value': 'b@x', 'primary': true}]}", "\"emails\"", TestName = "primary on the wrong value")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'b', 'title': 'x', 'emails': [{'value': 'a@x', 'primary': true}, {'value': 'b@x'}]}", "\"title\"", TestName = "an extra attribute")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'userName': 'b', 'emails': [{'value': 'a@x', 'primary': true}, {'value': 'b@x'}]}", "\"id\"", TestName = "an attribute missing")]
    [TestCase("{'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': ['b'], 'emails': [{'value': 'a@x', 'primary': true}, {'value': 'b@x'}]}", "\"userName\"", TestName = "a different JSON type")]
    public void Not_equivalent_and_the_difference_names_the_attribute(string actual, string named)
    {
        Assert.That(PatchComparison.Equivalent(Object(Expected), Object(actual)), Is.False);
        Assert.That(PatchComparison.Difference(Object(Expected), Object(actual)), Does.Contain(named));
    }

    [Test]
    public void Extension_members_and_numbers_compare_by_value()
    {
        var expected = Object($"{{'{Enterprise}': {{'employeeNumber': '7', 'manager': {{'value': 'm'}}}}, 'n': 1.0}}");
        var actual = Object($"{{'{Enterprise.ToUpperInvariant()}': {{'EmployeeNumber': '7', 'manager': {{'value': 'm'}}}}, 'n': 1}}");
        Assert.That(PatchComparison.Equivalent(expected, actual), Is.True);
    }

    [Test]
    public void Returned_never_attributes_come_from_the_schemas_when_given()
    {
        var expected = Object("{'userName': 'b', 'password': 'one'}");
        var actual = Object("{'userName': 'b'}");
        Assert.That(PatchComparison.Equivalent(expected, actual, CannedDiscovery, "User"), Is.True);
        Assert.That(PatchComparison.NeverReturned(CannedDiscovery, "User"), Is.EqualTo(new[] { "password" }));
    }

    [Test]
    public void Ignored_paths_can_name_extension_attributes()
    {
        var expected = Object($"{{'userName': 'b', '{Enterprise}': {{'costCenter': 'c'}}}}");
        var actual = Object("{'userName': 'b'}");
        Assert.That(PatchComparison.Difference(expected, actual, [$"{Enterprise}:costCenter"]), Is.Null);
        Assert.That(PatchComparison.Difference(expected, actual), Does.Contain(Enterprise));
    }

    [Test]
    public void Oracle_result_is_equivalent_to_a_server_rendering_of_it()
    {
        var predicted = Patched(User, "User", "{'op': 'add', 'path': 'emails', 'value': {'value': 'n@x.example', 'primary': true}}");
        var served = Object("""
            {'schemas': ['urn:ietf:params:scim:schemas:core:2.0:User'], 'id': 'u1', 'userName': 'bjensen',
             'name': {'familyName': 'Jensen', 'givenName': 'Barbara'}, 'active': true,
             'emails': [{'value': 'n@x.example', 'primary': true}, {'value': 'b@home.example', 'type': 'home', 'primary': false}, {'value': 'b@work.example', 'type': 'work'}],
             'meta': {'resourceType': 'User', 'version': 'W/`2`', 'lastModified': '2030-01-01T00:00:00Z'}}
            """);
        Assert.That(PatchComparison.Difference(predicted, served), Is.Null);
    }
}
