using NUnit.Framework;
using ScimConformance.Core;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Discovery;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Discovery;

public sealed class DiscoveryClientTests
{
    private static async Task<DiscoveryResult> DiscoverAsync(StubHttpServer server, IReadOnlyDictionary<string, bool>? assume = null)
    {
        using var client = TestSettings.Client(server.ScimBase);
        return await new DiscoveryClient(client).DiscoverAsync(assume, CancellationToken.None);
    }

    [Test]
    public async Task Reads_capabilities_resource_types_and_schemas()
    {
        await using var server = await StubHttpServer.StartAsync(ScimDocuments.Routes());
        var result = await DiscoverAsync(server);

        var c = result.Capabilities;
        Assert.That((c.Patch, c.Filter, c.FilterMaxResults, c.Sort, c.ETag, c.ChangePassword), Is.EqualTo((true, true, 200, true, false, false)));
        Assert.That((c.Bulk, c.BulkMaxOperations, c.BulkMaxPayloadSize), Is.EqualTo((true, 1000, 1048576)));
        Assert.That(c.AuthenticationSchemes, Is.EqualTo(new[] { "oauthbearertoken" }));

        var user = result.ResourceType("user")!;
        Assert.That((user.Endpoint, user.Schema), Is.EqualTo(("/Users", ScimUris.User)));
        Assert.That(user.Extensions.Single(), Is.EqualTo(new SchemaExtensionRef(ScimUris.EnterpriseUser, false)));
        Assert.That(result.Schemas.Select(s => s.Id), Is.EquivalentTo(new[] { ScimUris.User, ScimUris.EnterpriseUser, ScimUris.Group }));
        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.RawServiceProviderConfig!["patch"], Is.Not.Null);
        Assert.That(c.Has("enterpriseUser", result) && c.Has("groups", result), Is.True);
    }

    [Test]
    public async Task Applies_rfc_defaults_to_attribute_characteristics()
    {
        await using var server = await StubHttpServer.StartAsync(ScimDocuments.Routes());
        var result = await DiscoverAsync(server);

        var title = result.Attribute(ScimUris.User, "title")!;
        Assert.That((title.Type, title.MultiValued, title.Required, title.CaseExact, title.Mutability, title.Returned, title.Uniqueness),
            Is.EqualTo(("string", false, false, false, "readWrite", "default", "none")));
        Assert.That(result.Attribute(ScimUris.User, "userName")!.Uniqueness, Is.EqualTo("server"));
        Assert.That(result.Attribute(ScimUris.User, "password")!.Returned, Is.EqualTo("never"));
        Assert.That(result.Attribute(ScimUris.User, "NAME.givenName")!.Name, Is.EqualTo("givenName"));
        Assert.That(result.Attribute(ScimUris.User, "emails.type")!.CanonicalValues, Is.EqualTo(new[] { "work", "home", "other" }));
        Assert.That(result.Attribute(ScimUris.User, ScimUris.EnterpriseUser + ":employeeNumber")!.Name, Is.EqualTo("employeeNumber"));
        Assert.That(result.Attribute(ScimUris.User, ScimUris.EnterpriseUser + ":manager.displayName")!.Mutability, Is.EqualTo("readOnly"));
        Assert.That(result.Attribute(ScimUris.User, "costCenter")!.Name, Is.EqualTo("costCenter"), "extension attributes are found after the core ones");
        Assert.That(result.Attribute(ScimUris.User, "nonexistent"), Is.Null);
    }

    [Test]
    public async Task Accepts_bare_arrays_and_notes_the_deviation()
    {
        await using var server = await StubHttpServer.StartAsync(ScimDocuments.Routes(bareArrays: true));
        var result = await DiscoverAsync(server);
        Assert.That(result.ResourceTypes, Has.Count.EqualTo(2));
        Assert.That(result.Schemas, Has.Count.EqualTo(3));
        Assert.That(result.Problems, Has.Count.EqualTo(2).And.All.Contain("bare JSON array"));
    }

    [Test]
    public async Task Assume_overrides_what_is_advertised()
    {
        await using var server = await StubHttpServer.StartAsync(ScimDocuments.Routes());
        var result = await DiscoverAsync(server, TargetSettingsReader.ParseAssume("patch=false,etag=true"));
        Assert.That((result.Capabilities.Patch, result.Capabilities.ETag, result.Capabilities.Sort), Is.EqualTo((false, true, true)));
    }

    [Test]
    public async Task An_html_page_is_not_scim()
    {
        await using var server = await StubHttpServer.StartAsync(context =>
            StubHttpServer.Respond(context, 200, "text/html", "<html><body>Welcome</body></html>"));
        var e = (await Assert.ThrowsAsync<NotScimException>(() => DiscoverAsync(server)))!;
        Assert.That(e.Message, Does.Contain("text/html").And.Contain("SCIM root"));
    }

    [Test]
    public async Task A_404_on_service_provider_config_points_at_the_base_url()
    {
        await using var server = await StubHttpServer.StartAsync(context => StubHttpServer.Respond(context, 404, "text/html", "<h1>Not Found</h1>"));
        var e = (await Assert.ThrowsAsync<NotScimException>(() => DiscoverAsync(server)))!;
        Assert.That(e.Message, Does.Contain("answered 404 text/html").And.Contain("is the base URL the SCIM root (e.g. https://host/scim/v2)?"));
    }

    [Test]
    public async Task A_401_is_a_configuration_error_without_the_token()
    {
        await using var server = await StubHttpServer.StartAsync(context =>
        {
            context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return StubHttpServer.Respond(context, 401, "application/scim+json", """{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"401"}""");
        });
        var e = (await Assert.ThrowsAsync<ConfigurationException>(() => DiscoverAsync(server)))!;
        Assert.That(e.Message, Does.StartWith("the endpoint refused the credentials: 401").And.Not.Contain(TestSettings.Token));
    }

    [Test]
    public async Task An_unreachable_endpoint_is_a_transport_error()
    {
        var port = await ClosedPort.FindAsync();
        using var client = TestSettings.Client(new Uri($"http://127.0.0.1:{port}/scim/v2"));
        await Assert.ThrowsAsync<ScimConformance.Core.Http.ScimTransportException>(() => new DiscoveryClient(client).DiscoverAsync(null, CancellationToken.None));
    }

    [Test]
    public async Task Missing_resource_types_fall_back_to_the_rfc_endpoints_with_a_problem()
    {
        var routes = ScimDocuments.Routes();
        routes.Remove("/scim/v2/ResourceTypes");
        await using var server = await StubHttpServer.StartAsync(routes);
        var result = await DiscoverAsync(server);
        Assert.That(result.ResourceType("User")!.Endpoint, Is.EqualTo("/Users"));
        Assert.That(result.Problems, Has.Some.Contains("404"));
    }
}
