using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>Tenant isolation and the read-only scope.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class SecurityTenantTests
{
    private SecurityTestServer _server = null!;
    private string _userA = null!;
    private string _groupA = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await SecurityTestServer.StartAsync();
        _userA = await _server.CreateUserAsync("tenant-a-alice", SecurityTestServer.Token);
        var group = await _server.SendAsync(HttpMethod.Post, "/Groups", SecurityTestServer.Token, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimTestServer.GroupSchema),
            ["displayName"] = "tenant-a-group",
            ["members"] = new JsonArray(new JsonObject { ["value"] = _userA }),
        });
        _groupA = (string)group.Object["id"]!;
    }

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    private static string B => SecurityTestServer.SecondTenantToken;

    [TestCase("/Users/{user}")]
    [TestCase("/Groups/{group}")]
    public async Task Another_tenants_resource_is_404_on_read(string path)
    {
        var reply = await _server.GetAsync(Path(path), B);
        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(reply.Raw, Does.Not.Contain("tenant-a"));
        });
    }

    [Test]
    public async Task Another_tenants_resources_are_404_on_replace_patch_and_delete_and_stay_unchanged()
    {
        var put = await _server.SendAsync(HttpMethod.Put, $"/Users/{_userA}", B, ScimTestServer.NewUser("hijacked"));
        var patch = await _server.SendAsync(HttpMethod.Patch, $"/Users/{_userA}", B, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimTestServer.PatchSchema),
            ["Operations"] = new JsonArray(ScimTestServer.Op("replace", "userName", "hijacked")),
        });
        var deleteUser = await _server.SendAsync(HttpMethod.Delete, $"/Users/{_userA}", B);
        var deleteGroup = await _server.SendAsync(HttpMethod.Delete, $"/Groups/{_groupA}", B);
        var still = await _server.GetAsync($"/Users/{_userA}", SecurityTestServer.Token);
        var group = await _server.GetAsync($"/Groups/{_groupA}", SecurityTestServer.Token);

        Assert.Multiple(() =>
        {
            Assert.That(put.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(patch.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(deleteUser.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(deleteGroup.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)still.Object["userName"], Is.EqualTo("tenant-a-alice"));
            Assert.That(group.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [TestCase("/Users")]
    [TestCase("/Users?filter=userName%20eq%20%22tenant-a-alice%22")]
    [TestCase("/Users?filter=userName%20pr")]
    [TestCase("/Groups")]
    [TestCase("/Groups?filter=displayName%20sw%20%22tenant-a%22")]
    public async Task Another_tenants_resources_never_appear_in_lists_or_filters(string path)
    {
        var reply = await _server.GetAsync(path, B);
        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(reply.Raw, Does.Not.Contain("tenant-a"));
            Assert.That(reply.Raw, Does.Not.Contain(_userA));
        });
    }

    [Test]
    public async Task Another_tenants_resources_never_appear_in_a_post_search()
    {
        var reply = await _server.SendAsync(HttpMethod.Post, "/Users/.search", B, new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:SearchRequest"),
            ["filter"] = "userName eq \"tenant-a-alice\"",
        });
        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((int)reply.Object["totalResults"]!, Is.Zero);
        });
    }

    [Test]
    public async Task Each_tenant_sees_its_own_users_and_a_username_is_unique_per_tenant()
    {
        var inB = await _server.CreateUserAsync("tenant-a-alice", B);
        var listB = await _server.GetAsync("/Users?filter=userName%20eq%20%22tenant-a-alice%22", B);
        var listA = await _server.GetAsync("/Users?filter=userName%20eq%20%22tenant-a-alice%22", SecurityTestServer.Token);
        var duplicateInB = await _server.SendAsync(HttpMethod.Post, "/Users", B, ScimTestServer.NewUser("TENANT-A-ALICE"));
        var groupWithForeignMember = await _server.SendAsync(HttpMethod.Post, "/Groups", B, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimTestServer.GroupSchema),
            ["displayName"] = "b-group",
            ["members"] = new JsonArray(new JsonObject { ["value"] = _userA }),
        });
        var snapshot = await _server.Host.SnapshotAsync();

        Assert.Multiple(() =>
        {
            Assert.That(listB.Listed.Select(u => (string?)u["id"]), Is.EqualTo(new[] { inB }));
            Assert.That(listA.Listed.Select(u => (string?)u["id"]), Is.EqualTo(new[] { _userA }));
            Assert.That(duplicateInB.Status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(groupWithForeignMember.Status, Is.EqualTo(HttpStatusCode.BadRequest), "a member id of another tenant does not exist here");
            Assert.That(snapshot.Single(r => r.Id == inB).Tenant, Is.EqualTo(SecurityTestServer.SecondTenant));
            Assert.That(snapshot.Single(r => r.Id == _userA).Tenant, Is.EqualTo("default"));
        });
    }

    [Test]
    public async Task Oauth_tokens_carry_their_clients_tenant()
    {
        var token = await _server.AccessTokenAsync(SecurityTestServer.SecondTenantClientId, SecurityTestServer.SecondTenantClientSecret);
        var reply = await _server.GetAsync($"/Users/{_userA}", token);
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Admin_snapshot_is_for_the_default_full_token_only()
    {
        var url = new Uri(_server.Host.Origin, "/admin/snapshot").ToString();
        var operatorView = await _server.GetAsync(url, SecurityTestServer.Token);
        var tenantB = await _server.GetAsync(url, B);
        var readOnly = await _server.GetAsync(url, SecurityTestServer.ReadOnlyToken);

        Assert.Multiple(() =>
        {
            Assert.That(operatorView.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(tenantB.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(readOnly.Status, Is.EqualTo(HttpStatusCode.Forbidden));
        });
    }

    [TestCase("POST", "/Users")]
    [TestCase("PUT", "/Users/{user}")]
    [TestCase("PATCH", "/Users/{user}")]
    [TestCase("DELETE", "/Users/{user}")]
    [TestCase("POST", "/Groups")]
    [TestCase("DELETE", "/Groups/{group}")]
    [TestCase("POST", "/Bulk")]
    public async Task Read_only_token_cannot_write(string method, string path)
    {
        JsonNode? body = method switch
        {
            "PATCH" => new JsonObject
            {
                ["schemas"] = new JsonArray(ScimTestServer.PatchSchema),
                ["Operations"] = new JsonArray(ScimTestServer.Op("replace", "displayName", "changed")),
            },
            "DELETE" => null,
            _ => ScimTestServer.NewUser("read-only-write"),
        };
        var staticReply = await _server.SendAsync(new HttpMethod(method), Path(path), SecurityTestServer.ReadOnlyToken, body);
        var oauthReply = await _server.SendAsync(new HttpMethod(method), Path(path),
            await _server.AccessTokenAsync(SecurityTestServer.ReadOnlyClientId, SecurityTestServer.ReadOnlyClientSecret), body);
        var still = await _server.GetAsync($"/Users/{_userA}", SecurityTestServer.Token);

        Assert.Multiple(() =>
        {
            Assert.That(staticReply.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That((string?)staticReply.Object["status"], Is.EqualTo("403"));
            Assert.That(staticReply.Object["schemas"]!.ToJsonString(), Does.Contain("urn:ietf:params:scim:api:messages:2.0:Error"));
            Assert.That(staticReply.Headers.WwwAuthenticate.ToString(), Does.Contain("error=\"insufficient_scope\""));
            Assert.That(oauthReply.Status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(still.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)still.Object["userName"], Is.EqualTo("tenant-a-alice"));
        });
    }

    [TestCase("GET", "/Users")]
    [TestCase("GET", "/Users/{user}")]
    [TestCase("POST", "/Users/.search")]
    [TestCase("GET", "/ServiceProviderConfig")]
    public async Task Read_only_token_can_read(string method, string path)
    {
        var body = method == "POST" ? new JsonObject { ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:SearchRequest") } : null;
        var reply = await _server.SendAsync(new HttpMethod(method), Path(path), SecurityTestServer.ReadOnlyToken, body);
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("GET", "/Users")]
    [TestCase("GET", "/Users/{user}")]
    [TestCase("GET", "/Groups")]
    [TestCase("GET", "/Groups/{group}")]
    [TestCase("POST", "/Users/.search")]
    [TestCase("POST", "/Groups/.search")]
    [TestCase("POST", "/Bulk")]
    [TestCase("GET", "/Me")]
    [TestCase("PUT", "/Users/{user}")]
    [TestCase("PATCH", "/Users/{user}")]
    [TestCase("DELETE", "/Users/{user}")]
    public async Task Every_scim_endpoint_requires_a_token(string method, string path)
    {
        var body = method is "POST" or "PUT" or "PATCH" ? new JsonObject { ["schemas"] = new JsonArray(ScimTestServer.UserSchema) } : null;
        var reply = await _server.SendAsync(new HttpMethod(method), Path(path), null, body);
        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(reply.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer realm=\"scim\""));
            Assert.That(reply.Raw, Does.Not.Contain("tenant-a"));
        });
    }

    private string Path(string template) => template.Replace("{user}", _userA, StringComparison.Ordinal).Replace("{group}", _groupA, StringComparison.Ordinal);
}
