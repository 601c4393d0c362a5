using NUnit.Framework;
using ScimConformance.Core;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Discovery;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Discovery;

/// <summary>Discovery that degrades (issue 14 item 2): broken /Schemas or /ResourceTypes leave the oracles a usable model, with the problem said.</summary>
public sealed class DegradedDiscoveryTests
{
    private static async Task<DiscoveryResult> DiscoverAsync(Dictionary<string, (int Status, string ContentType, string Body)> routes)
    {
        await using var server = await StubHttpServer.StartAsync(routes);
        using var client = TestSettings.Client(server.ScimBase);
        return await new DiscoveryClient(client).DiscoverAsync(null, CancellationToken.None);
    }

    [Test]
    public async Task Missing_schemas_fall_back_to_the_rfc_7643_definitions()
    {
        var routes = ScimDocuments.Routes();
        routes.Remove("/scim/v2/Schemas");
        var result = await DiscoverAsync(routes);

        Assert.That(result.Schemas.Select(s => s.Id), Is.EquivalentTo(new[] { ScimUris.User, ScimUris.EnterpriseUser, ScimUris.Group }));
        Assert.That(result.Problems, Has.Some.Contains("RFC 7643 §8.7 definition is used instead"));
        var userName = result.Attribute(ScimUris.User, "userName")!;
        Assert.That((userName.Required, userName.CaseExact, userName.Uniqueness), Is.EqualTo((true, false, "server")));
        Assert.That(result.Attribute(ScimUris.User, "emails")!.MultiValued, Is.True);
        Assert.That(result.Attribute(ScimUris.User, "emails.type")!.CanonicalValues, Is.EqualTo(new[] { "work", "home", "other" }));
        Assert.That(result.Attribute(ScimUris.User, "password")!.Returned, Is.EqualTo("never"));
        Assert.That(result.Attribute(ScimUris.User, ScimUris.EnterpriseUser + ":manager.$ref")!.ReferenceTypes, Is.EqualTo(new[] { "User" }));
        Assert.That(result.Attribute(ScimUris.Group, "members.value")!.Mutability, Is.EqualTo("immutable"));
    }

    [Test]
    public async Task A_resource_type_naming_its_extension_as_schema_is_read_base_first()
    {
        var routes = ScimDocuments.Routes();
        var swapped = ScimDocuments.ResourceTypeArray
            .Replace("\"schema\": \"urn:ietf:params:scim:schemas:core:2.0:User\"", "\"schema\": \"SWAP\"", StringComparison.Ordinal)
            .Replace("{\"schema\": \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"", "{\"schema\": \"urn:ietf:params:scim:schemas:core:2.0:User\"", StringComparison.Ordinal)
            .Replace("\"SWAP\"", "\"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\"", StringComparison.Ordinal);
        routes["/scim/v2/ResourceTypes"] = (200, "application/scim+json", ScimDocuments.ListResponse(swapped));
        var result = await DiscoverAsync(routes);

        var user = result.ResourceType("User")!;
        Assert.That(user.Schema, Is.EqualTo(ScimUris.User));
        Assert.That(user.Extensions, Is.EqualTo(new[] { new SchemaExtensionRef(ScimUris.EnterpriseUser, false) }));
        Assert.That(result.Problems, Has.Some.Contains("names the extension " + ScimUris.EnterpriseUser + " as its schema"));
        Assert.That(result.Attribute(ScimUris.User, "userName"), Is.Not.Null);
    }
}
