using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Schema;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Schema;

public sealed class ResourceSchemaValidatorTests
{
    private static ResourceSchemaValidator _validator = null!;

    [OneTimeSetUp]
    public static void BuildFromTheStubDocuments()
    {
        var problems = new List<string>();
        var discovery = new DiscoveryResult
        {
            Capabilities = new Capabilities(),
            ResourceTypes = JsonNode.Parse(ScimDocuments.ResourceTypeArray)!.AsArray()
                .Select(r => ResourceTypeParser.Parse(r!.AsObject(), problems)!).ToArray(),
            Schemas = JsonNode.Parse(ScimDocuments.SchemaArray)!.AsArray()
                .Select(s => SchemaParser.Parse(s!.AsObject(), problems)!).ToArray(),
        };
        Assert.That(problems, Is.Empty);
        _validator = new ResourceSchemaValidator(discovery);
    }

    private static JsonObject ValidUser() => JsonNode.Parse($$$"""
        {
          "schemas": ["{{{ScimUris.User}}}", "{{{ScimUris.EnterpriseUser}}}"],
          "id": "2819c223-7f76-453a-919d-413861904646",
          "userName": "bjensen",
          "name": {"givenName": "Barbara", "familyName": "Jensen"},
          "active": true,
          "loginCount": 3,
          "lastLogin": "2024-05-01T10:00:00Z",
          "emails": [{"value": "bjensen@example.com", "type": "work", "primary": true}, {"value": "b@example.org", "type": "holiday"}],
          "{{{ScimUris.EnterpriseUser}}}": {"employeeNumber": "701984", "manager": {"value": "26118915"}},
          "x-vendor-extra": {"anything": [1, 2]},
          "meta": {"resourceType": "User", "created": "2010-01-23T04:56:22Z", "lastModified": "2011-05-13T04:42:34.123+02:00",
                   "location": "https://example.com/v2/Users/2819c223", "version": "W/\"3694e05e9dff590\""}
        }
        """)!.AsObject();

    private static string[] Violations(JsonObject user, string type = "User") =>
        _validator.Validate(type, user).Select(v => v.ToString()).ToArray();

    [Test]
    public void A_valid_user_passes() => Assert.That(Violations(ValidUser()), Is.Empty);

    [Test]
    public void A_wrong_type_names_the_attribute_and_both_types()
    {
        var user = ValidUser();
        user["emails"]![0]!["primary"] = "true";
        user["active"] = 1;
        Assert.That(Violations(user), Is.EquivalentTo(new[]
        {
            "/emails/0/primary: expected boolean, got string",
            "/active: expected boolean, got number",
        }));
    }

    [Test]
    public void Wrong_types_in_extensions_integers_and_complex_values_are_caught()
    {
        var user = ValidUser();
        user[ScimUris.EnterpriseUser]!["employeeNumber"] = 701984;
        user["loginCount"] = 2.5;
        user["name"] = "Barbara Jensen";
        user["emails"] = new JsonObject { ["value"] = "x@example.com" };
        Assert.That(Violations(user), Is.EquivalentTo(new[]
        {
            $"/{ScimUris.EnterpriseUser}/employeeNumber: expected string, got number",
            "/loginCount: expected integer, got number",
            "/name: expected complex object, got string",
            "/emails: expected multi-valued array, got object",
        }));
    }

    [Test]
    public void Missing_required_attributes_are_named()
    {
        var user = ValidUser();
        user.Remove("userName");
        user.Remove("id");
        Assert.That(Violations(user), Is.EquivalentTo(new[] { "/userName: required attribute is missing", "/id: required attribute is missing" }));
        Assert.That(Violations(new JsonObject { ["schemas"] = new JsonArray(ScimUris.Group), ["id"] = "g1" }, "Group"),
            Is.EqualTo(new[] { "/displayName: required attribute is missing" }));
    }

    [Test]
    public void Empty_schemas_and_id_are_rejected()
    {
        var user = ValidUser();
        user["schemas"] = new JsonArray();
        user["id"] = "";
        Assert.That(Violations(user), Is.EquivalentTo(new[] { "/schemas: must be a non-empty array", "/id: must be a non-empty string" }));
    }

    [Test]
    public void A_returned_never_attribute_must_be_absent()
    {
        var user = ValidUser();
        user["password"] = "t1meMa$heen";
        Assert.That(Violations(user), Is.EqualTo(new[] { "/password: is returned=never in the endpoint's schema and must not appear in responses" }));
    }

    [Test]
    public void A_bad_date_time_is_caught()
    {
        var user = ValidUser();
        user["meta"]!["created"] = "yesterday";
        user["lastLogin"] = "2024-13-45";
        Assert.That(Violations(user), Has.Length.EqualTo(2)
            .And.Some.StartsWith("/meta/created: \"yesterday\" is not a valid dateTime")
            .And.Some.StartsWith("/lastLogin: \"2024-13-45\" is not a valid dateTime"));
    }

    [Test]
    public void Attribute_names_are_matched_case_insensitively()
    {
        var user = JsonNode.Parse($$$"""
            {"SCHEMAS": ["{{{ScimUris.User}}}"], "Id": "1", "USERNAME": "bjensen",
             "Emails": [{"Value": "a@example.com", "PRIMARY": true}],
             "{{{ScimUris.EnterpriseUser.ToUpperInvariant()}}}}": {"EMPLOYEENUMBER": "7"}}
            """)!.AsObject();
        Assert.That(Violations(user), Is.Empty);

        user["Emails"]![0]!["PRIMARY"] = "yes";
        user["PassWord"] = "secret";
        Assert.That(Violations(user), Is.EquivalentTo(new[]
        {
            "/emails/0/primary: expected boolean, got string",
            "/password: is returned=never in the endpoint's schema and must not appear in responses",
        }));
    }

    [Test]
    public void Canonical_values_are_not_enforced_and_nulls_count_as_unassigned()
    {
        var user = ValidUser();
        user["emails"]![0]!["type"] = "pager";
        user["title"] = null;
        Assert.That(Violations(user), Is.Empty);
    }

    [Test]
    public void Meta_has_a_fixed_shape()
    {
        var user = ValidUser();
        user["meta"]!["version"] = 3;
        user["meta"]!["resourceType"] = true;
        Assert.That(Violations(user), Is.EquivalentTo(new[] { "/meta/version: expected string, got number", "/meta/resourceType: expected string, got boolean" }));
    }

    [Test]
    public void An_unknown_resource_type_is_a_harness_error() =>
        Assert.Throws<ArgumentException>(() => _validator.Validate("Device", new JsonObject()));

    [Test]
    public void Validation_is_safe_in_parallel()
    {
        var results = new string[64][];
        Parallel.For(0, results.Length, i =>
        {
            var user = ValidUser();
            if (i % 2 == 1) user["active"] = "no";
            results[i] = Violations(user);
        });
        Assert.That(results.Where((_, i) => i % 2 == 0), Is.All.Empty);
        Assert.That(results.Where((_, i) => i % 2 == 1), Is.All.EqualTo(new[] { "/active: expected boolean, got string" }));
    }
}
