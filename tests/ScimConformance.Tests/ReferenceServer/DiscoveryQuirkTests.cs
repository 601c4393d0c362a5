using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>Discovery without credentials, and the discovery quirk switches.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class DiscoveryQuirkTests
{
    private static readonly string[] DiscoveryPaths = ["/ServiceProviderConfig", "/ResourceTypes", "/ResourceTypes/User", "/Schemas", "/Schemas/" + ScimTestServer.UserSchema];

    [Test]
    public async Task Discovery_is_readable_without_credentials_unless_the_switch_requires_them()
    {
        await using var compliant = await ScimTestServer.StartAsync();
        await using var quirky = await ScimTestServer.StartAsync(0, DiscoveryQuirks.DiscoveryRequiresAuth);
        foreach (var path in DiscoveryPaths)
        {
            var open = await compliant.AnonymousAsync(HttpMethod.Get, path);
            var closed = await quirky.AnonymousAsync(HttpMethod.Get, path);
            var withToken = await quirky.GetAsync(path);
            Assert.Multiple(() =>
            {
                Assert.That(open.Status, Is.EqualTo(HttpStatusCode.OK), path);
                Assert.That(closed.Status, Is.EqualTo(HttpStatusCode.Unauthorized), path);
                Assert.That(withToken.Status, Is.EqualTo(HttpStatusCode.OK), path);
            });
        }

        Assert.That((await compliant.AnonymousAsync(HttpMethod.Get, "/Users")).Status, Is.EqualTo(HttpStatusCode.Unauthorized), "only discovery is open");
    }

    [Test]
    public async Task Resource_type_schema_names_the_extension_while_users_keep_the_core_schema()
    {
        await using var server = await ScimTestServer.StartAsync(0, DiscoveryQuirks.ResourceTypeSchemaIsExtension);
        var type = (await server.GetAsync("/ResourceTypes/User")).Object;
        var created = await server.PostAsync("/Users", ScimTestServer.NewUser("rt-schema"));

        Assert.Multiple(() =>
        {
            Assert.That((string?)type["schema"], Is.EqualTo(ScimTestServer.EnterpriseSchema));
            Assert.That(type["schemaExtensions"]!.AsArray().Select(e => (string?)e!["schema"]), Does.Contain(ScimTestServer.UserSchema));
            Assert.That(created.Object["schemas"]!.AsArray().Select(s => (string?)s), Is.EqualTo((string?[])[ScimTestServer.UserSchema]));
        });
    }

    [Test]
    public async Task Minimal_user_schema_declares_a_subset_and_refuses_the_rest_with_invalidPath()
    {
        await using var server = await ScimTestServer.StartAsync(0, DiscoveryQuirks.MinimalUserSchema);
        var schema = (await server.GetAsync("/Schemas/" + ScimTestServer.UserSchema)).Object;
        var declared = ScimTestServer.NewUser("minimal-ok");
        declared["title"] = "Engineer";
        var undeclared = ScimTestServer.NewUser("minimal-nick");
        undeclared["nickName"] = "Nick";
        var created = await server.PostAsync("/Users", declared);
        var refused = await server.PostAsync("/Users", undeclared);
        var patched = await server.PatchAsync("/Users/" + (string)created.Object["id"]!, ScimTestServer.Op("replace", "nickName", "Nick"));
        var filtered = await server.GetAsync("/Users?filter=nickName%20pr");

        Assert.Multiple(() =>
        {
            Assert.That(schema["attributes"]!.AsArray().Select(a => (string)a!["name"]!), Is.EquivalentTo(DiscoveryQuirks.MinimalUserAttributes));
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((refused.Status, (string?)refused.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidPath")));
            Assert.That((patched.Status, (string?)patched.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidPath")));
            Assert.That((filtered.Status, (string?)filtered.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidFilter")));
        });
    }

    [Test]
    public async Task Malformed_schemas_capitalise_types_and_quote_booleans_while_the_server_works()
    {
        await using var server = await ScimTestServer.StartAsync(0, DiscoveryQuirks.SchemasMalformed);
        var userName = (await server.GetAsync("/Schemas/" + ScimTestServer.UserSchema)).Object["attributes"]!.AsArray()
            .OfType<JsonObject>().Single(a => (string?)a["name"] == "userName");
        var created = await server.PostAsync("/Users", ScimTestServer.NewUser("malformed"));

        Assert.Multiple(() =>
        {
            Assert.That((string?)userName["type"], Is.EqualTo("String"));
            Assert.That(userName["required"]!.GetValueKind(), Is.EqualTo(System.Text.Json.JsonValueKind.String));
            Assert.That((string?)userName["multiValued"], Is.EqualTo("false"));
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created));
        });
    }

    [Test]
    public async Task Missing_schemas_endpoint_leaves_only_the_service_provider_config()
    {
        await using var server = await ScimTestServer.StartAsync(0, DiscoveryQuirks.SchemasEndpointMissing);
        var schemas = await server.GetAsync("/Schemas");
        var types = await server.GetAsync("/ResourceTypes");
        var config = await server.GetAsync("/ServiceProviderConfig");
        var created = await server.PostAsync("/Users", ScimTestServer.NewUser("no-schemas"));

        Assert.Multiple(() =>
        {
            Assert.That(schemas.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(types.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(config.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created));
        });
    }

    [Test]
    public async Task Etags_are_served_and_honoured_while_the_config_says_unsupported()
    {
        await using var server = await ScimTestServer.StartAsync(0, DiscoveryQuirks.EtagServedUnadvertised);
        var config = (await server.GetAsync("/ServiceProviderConfig")).Object;
        var id = await server.CreateUserAsync("etag-quiet");
        var read = await server.GetAsync("/Users/" + id);
        await server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", "displayName", "changed"));
        using var stale = new HttpRequestMessage(HttpMethod.Delete, server.Url("/Users/" + id));
        stale.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.ToString());
        using var staleReply = await server.Http.SendAsync(stale);

        Assert.Multiple(() =>
        {
            Assert.That((bool?)config["etag"]!["supported"], Is.False);
            Assert.That(read.Headers.ETag, Is.Not.Null);
            Assert.That(staleReply.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
        });
    }

    [Test]
    public async Task Change_password_refused_keeps_create_and_refuses_put_and_patch()
    {
        await using var server = await ScimTestServer.StartAsync(0, DiscoveryQuirks.ChangePasswordRefused);
        var body = ScimTestServer.NewUser("pw-user");
        body["password"] = "Initial-1!";
        var created = await server.PostAsync("/Users", body);
        var id = (string)created.Object["id"]!;
        var put = await server.PutAsync("/Users/" + id, body);
        var patch = await server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", "password", "Next-2!"));
        var pathless = await server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", null, new JsonObject { ["password"] = "Next-3!" }));
        var other = await server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", "displayName", "fine"));

        Assert.Multiple(() =>
        {
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((put.Status, (string?)put.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "mutability")));
            Assert.That((patch.Status, (string?)patch.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "mutability")));
            Assert.That(pathless.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(other.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}
