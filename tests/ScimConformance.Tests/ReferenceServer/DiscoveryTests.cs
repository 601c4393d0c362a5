using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.Tests.ReferenceServer;

[TestFixture]
[Category("ReferenceServer")]
public sealed class DiscoveryTests
{
    private ScimTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await ScimTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task ServiceProviderConfig_advertises_the_implemented_features()
    {
        var config = (await _server.GetAsync("/ServiceProviderConfig")).Object;

        Assert.Multiple(() =>
        {
            Assert.That((string?)config["schemas"]![0], Is.EqualTo("urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"));
            Assert.That((bool)config["patch"]!["supported"]!, Is.True);
            Assert.That((bool)config["bulk"]!["supported"]!, Is.True);
            Assert.That((int)config["bulk"]!["maxOperations"]!, Is.EqualTo(100));
            Assert.That((int)config["bulk"]!["maxPayloadSize"]!, Is.EqualTo(1_048_576));
            Assert.That((int)config["filter"]!["maxResults"]!, Is.EqualTo(200));
            Assert.That((bool)config["sort"]!["supported"]!, Is.True);
            Assert.That((bool)config["etag"]!["supported"]!, Is.True);
            Assert.That((string?)config["authenticationSchemes"]![0]!["type"], Is.EqualTo("oauthbearertoken"));
            Assert.That((string?)config["meta"]!["location"], Is.EqualTo(_server.Host.BaseUrl + "/ServiceProviderConfig"));
        });
    }

    [Test]
    public async Task ResourceTypes_list_user_with_enterprise_extension_and_group()
    {
        var list = await _server.GetAsync("/ResourceTypes");
        var user = await _server.GetAsync("/ResourceTypes/User");

        Assert.Multiple(() =>
        {
            Assert.That(list.Listed.Select(r => (string?)r["id"]), Is.EquivalentTo((string?[])["User", "Group"]));
            Assert.That((string?)user.Object["endpoint"], Is.EqualTo("/Users"));
            Assert.That((string?)user.Object["schemaExtensions"]![0]!["schema"], Is.EqualTo(ScimTestServer.EnterpriseSchema));
            Assert.That((bool)user.Object["schemaExtensions"]![0]!["required"]!, Is.False);
        });
    }

    [Test]
    public async Task Schemas_carry_complete_attribute_definitions()
    {
        var list = await _server.GetAsync("/Schemas");
        var user = (await _server.GetAsync("/Schemas/" + ScimTestServer.UserSchema)).Object;

        var userName = user["attributes"]!.AsArray().Single(a => (string?)a!["name"] == "userName")!;
        var emails = user["attributes"]!.AsArray().Single(a => (string?)a!["name"] == "emails")!;
        var password = user["attributes"]!.AsArray().Single(a => (string?)a!["name"] == "password")!;
        Assert.Multiple(() =>
        {
            Assert.That(list.Listed.Select(s => (string?)s["id"]),
                Is.EquivalentTo((string?[])[ScimTestServer.UserSchema, ScimTestServer.GroupSchema, ScimTestServer.EnterpriseSchema,
                    ReferenceExtension.UserUrn, ReferenceExtension.GroupUrn]));
            Assert.That((bool)userName["required"]!, Is.True);
            Assert.That((bool)userName["caseExact"]!, Is.False);
            Assert.That((string?)userName["uniqueness"], Is.EqualTo("server"));
            Assert.That((string?)password["returned"], Is.EqualTo("never"));
            Assert.That((string?)password["mutability"], Is.EqualTo("writeOnly"));
            Assert.That(emails["subAttributes"]!.AsArray().Select(s => (string?)s!["name"]), Is.EquivalentTo((string?[])["value", "display", "type", "primary"]));
            Assert.That((string?)user["meta"]!["location"], Is.EqualTo(_server.Host.BaseUrl + "/Schemas/" + ScimTestServer.UserSchema));
        });
    }

    [Test]
    public async Task Unknown_schema_and_unknown_endpoint_are_404_scim_errors()
    {
        var schema = await _server.GetAsync("/Schemas/urn:example:nothing");
        var endpoint = await _server.GetAsync("/Widgets");

        Assert.That(schema.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(endpoint.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((string?)endpoint.Object["status"], Is.EqualTo("404"));
    }
}
