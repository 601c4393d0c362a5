using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.ReferenceServer;

[TestFixture]
[Category("ReferenceServer")]
public sealed class UserLifecycleTests
{
    private ScimTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await ScimTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Post_creates_user_with_server_id_meta_and_location()
    {
        var body = ScimTestServer.NewUser("alice.create");
        body["id"] = "client-chosen";
        body["meta"] = new JsonObject { ["version"] = "W/\"99\"" };
        body["USERNAME"] = "Alice.Create";
        body.Remove("userName");
        body["name"] = new JsonObject { ["GIVENNAME"] = "Alice" };

        var reply = await _server.PostAsync("/Users", body);

        var user = reply.Object;
        var id = (string)user["id"]!;
        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(id, Is.Not.EqualTo("client-chosen"));
            Assert.That(Guid.TryParse(id, out _), Is.True);
            Assert.That((string?)user["userName"], Is.EqualTo("Alice.Create"), "attribute names are case-insensitive and stored in schema casing");
            Assert.That((string?)user["name"]?["givenName"], Is.EqualTo("Alice"));
            Assert.That(reply.ContentType, Does.StartWith("application/scim+json"));
            Assert.That((string?)user["meta"]!["resourceType"], Is.EqualTo("User"));
            Assert.That((string?)user["meta"]!["version"], Is.EqualTo("W/\"1\""));
            Assert.That((string?)user["meta"]!["location"], Is.EqualTo(_server.Host.BaseUrl + "/Users/" + id));
            Assert.That(reply.Headers.Location?.ToString(), Is.EqualTo((string?)user["meta"]!["location"]));
            Assert.That((string?)user["meta"]!["created"], Is.EqualTo((string?)user["meta"]!["lastModified"]));
        });
    }

    [Test]
    public async Task Get_returns_the_user_and_unknown_id_is_404_scim_error()
    {
        var id = await _server.CreateUserAsync("bob.get");

        var found = await _server.GetAsync("/Users/" + id);
        var missing = await _server.GetAsync("/Users/no-such-id");

        Assert.Multiple(() =>
        {
            Assert.That(found.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)found.Object["userName"], Is.EqualTo("bob.get"));
            Assert.That(missing.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(missing.Object["schemas"]![0]!.GetValue<string>(), Is.EqualTo("urn:ietf:params:scim:api:messages:2.0:Error"));
            Assert.That(missing.Object["status"]!.GetValue<string>(), Is.EqualTo("404"));
        });
    }

    [Test]
    public async Task Duplicate_username_in_other_case_is_409_uniqueness()
    {
        await _server.CreateUserAsync("carol.unique");

        var reply = await _server.PostAsync("/Users", ScimTestServer.NewUser("CAROL.Unique"));

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That((string?)reply.Object["scimType"], Is.EqualTo("uniqueness"));
            Assert.That((string?)reply.Object["status"], Is.EqualTo("409"));
        });
    }

    [Test]
    public async Task Missing_username_is_400_invalidValue_and_missing_schemas_is_400()
    {
        var noUserName = await _server.PostAsync("/Users", new JsonObject { ["schemas"] = new JsonArray(ScimTestServer.UserSchema) });
        var noSchemas = await _server.PostAsync("/Users", new JsonObject { ["userName"] = "no.schemas" });
        var wrongType = await _server.PostAsync("/Users", new JsonObject { ["schemas"] = new JsonArray(ScimTestServer.UserSchema), ["userName"] = "x.type", ["active"] = "yes" });

        Assert.Multiple(() =>
        {
            Assert.That(noUserName.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)noUserName.Object["scimType"], Is.EqualTo("invalidValue"));
            Assert.That(noSchemas.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(wrongType.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)wrongType.Object["scimType"], Is.EqualTo("invalidValue"));
        });
    }

    [Test]
    public async Task Password_is_accepted_but_never_returned()
    {
        var body = ScimTestServer.NewUser("dave.secret");
        body["password"] = "S3cret!pass";

        var created = await _server.PostAsync("/Users", body);
        var id = (string)created.Object["id"]!;
        var fetched = await _server.GetAsync("/Users/" + id);
        var listed = await _server.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName eq \"dave.password\""));
        var snapshot = await _server.Host.SnapshotAsync();

        Assert.Multiple(() =>
        {
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(created.Raw, Does.Not.Contain("S3cret!pass").And.Not.Contain("password"));
            Assert.That(fetched.Raw, Does.Not.Contain("password"));
            Assert.That(listed.Raw, Does.Not.Contain("password"));
            Assert.That(snapshot.Single(r => r.Id == id).Json, Does.Not.Contain("S3cret!pass"));
        });
    }

    [Test]
    public async Task Put_replaces_keeps_readonly_and_bumps_version()
    {
        var body = ScimTestServer.NewUser("erin.put");
        body["displayName"] = "Erin";
        body["title"] = "Engineer";
        var id = await _server.CreateUserAsync(body);
        var created = (await _server.GetAsync("/Users/" + id)).Object;

        var replacement = ScimTestServer.NewUser("erin.put");
        replacement["id"] = "something-else";
        replacement["displayName"] = "Erin Replaced";
        var reply = await _server.SendAsync(HttpMethod.Put, "/Users/" + id, replacement);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)reply.Object["id"], Is.EqualTo(id));
            Assert.That((string?)reply.Object["displayName"], Is.EqualTo("Erin Replaced"));
            Assert.That(reply.Object["title"], Is.Null, "PUT replaces: attributes left out are cleared");
            Assert.That((string?)reply.Object["meta"]!["created"], Is.EqualTo((string?)created["meta"]!["created"]));
            Assert.That((string?)reply.Object["meta"]!["version"], Is.EqualTo("W/\"2\""));
        });
    }

    [Test]
    public async Task Put_to_unknown_id_is_404_and_creates_nothing()
    {
        var reply = await _server.SendAsync(HttpMethod.Put, "/Users/does-not-exist", ScimTestServer.NewUser("ghost.put"));
        var snapshot = await _server.Host.SnapshotAsync();

        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(snapshot.Any(r => r.Json.Contains("ghost.put", StringComparison.Ordinal)), Is.False);
    }

    [Test]
    public async Task Put_taking_another_users_name_is_409()
    {
        await _server.CreateUserAsync("frank.one");
        var id = await _server.CreateUserAsync("frank.two");

        var reply = await _server.SendAsync(HttpMethod.Put, "/Users/" + id, ScimTestServer.NewUser("FRANK.ONE"));

        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Conflict));
    }

    [Test]
    public async Task Delete_is_204_then_404_and_gone_from_lists()
    {
        var id = await _server.CreateUserAsync("gina.delete");

        var deleted = await _server.SendAsync(HttpMethod.Delete, "/Users/" + id);
        var get = await _server.GetAsync("/Users/" + id);
        var again = await _server.SendAsync(HttpMethod.Delete, "/Users/" + id);
        var list = await _server.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName eq \"gina.delete\""));
        var recreated = await _server.PostAsync("/Users", ScimTestServer.NewUser("gina.delete"));

        Assert.Multiple(() =>
        {
            Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(deleted.Raw, Is.Empty);
            Assert.That(get.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(again.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((int)list.Object["totalResults"]!, Is.Zero);
            Assert.That(recreated.Status, Is.EqualTo(HttpStatusCode.Created));
        });
    }

    [Test]
    public async Task Enterprise_extension_is_stored_under_its_urn_and_listed_in_schemas()
    {
        var body = ScimTestServer.NewUser("hank.enterprise");
        body["schemas"]!.AsArray().Add(ScimTestServer.EnterpriseSchema);
        body[ScimTestServer.EnterpriseSchema] = new JsonObject { ["EmployeeNumber"] = "701984", ["manager"] = new JsonObject { ["value"] = "m-1", ["displayName"] = "ignored" } };

        var reply = await _server.PostAsync("/Users", body);

        var extension = reply.Object[ScimTestServer.EnterpriseSchema]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)extension["employeeNumber"], Is.EqualTo("701984"));
            Assert.That(extension["manager"]!["displayName"], Is.Null, "manager.displayName is readOnly");
            Assert.That(reply.Object["schemas"]!.AsArray().Select(s => (string?)s), Does.Contain(ScimTestServer.EnterpriseSchema));
        });
    }

    [Test]
    public async Task Attributes_and_excludedAttributes_shape_the_response()
    {
        var body = ScimTestServer.NewUser("ivy.attributes");
        body["displayName"] = "Ivy";
        body["emails"] = new JsonArray(new JsonObject { ["value"] = "ivy@example.org", ["type"] = "work" });
        var id = await _server.CreateUserAsync(body);

        var only = (await _server.GetAsync($"/Users/{id}?attributes=displayName,emails.value")).Object;
        var without = (await _server.GetAsync($"/Users/{id}?excludedAttributes=displayName,id")).Object;

        Assert.Multiple(() =>
        {
            Assert.That(only["id"], Is.Not.Null);
            Assert.That(only["schemas"], Is.Not.Null);
            Assert.That((string?)only["displayName"], Is.EqualTo("Ivy"));
            Assert.That(only["userName"], Is.Null);
            Assert.That(only["emails"]![0]!["type"], Is.Null);
            Assert.That((string?)only["emails"]![0]!["value"], Is.EqualTo("ivy@example.org"));
            Assert.That(without["displayName"], Is.Null);
            Assert.That((string?)without["id"], Is.EqualTo(id), "id is returned always");
            Assert.That((string?)without["userName"], Is.EqualTo("ivy.attributes"));
        });
    }

    [Test]
    public async Task Plain_application_json_bodies_are_accepted_and_other_types_refused()
    {
        var json = await _server.SendAsync(HttpMethod.Post, "/Users", ScimTestServer.NewUser("jack.json"), "application/json");
        var text = await _server.SendAsync(HttpMethod.Post, "/Users", ScimTestServer.NewUser("jack.text"), "text/plain");

        Assert.That(json.Status, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(text.Status, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
    }

    [Test]
    public async Task Parallel_creates_of_one_userName_yield_exactly_one_user()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _server.PostAsync("/Users", ScimTestServer.NewUser("kim.parallel"))));

        Assert.That(replies.Count(r => r.Status == HttpStatusCode.Created), Is.EqualTo(1));
        Assert.That(replies.Count(r => r.Status == HttpStatusCode.Conflict), Is.EqualTo(15));
    }
}
