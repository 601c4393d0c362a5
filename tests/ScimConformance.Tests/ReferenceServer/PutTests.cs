using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>RFC 7644 §3.5.1 on the reference server: PUT replaces, keeps readOnly attributes, requires what the schema requires.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class PutTests
{
    private ScimTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await ScimTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Put_disregards_readOnly_id_meta_and_groups_and_replaces_the_rest()
    {
        var created = (await _server.PostAsync("/Users", new JsonObject
        {
            ["schemas"] = new JsonArray(ScimTestServer.UserSchema),
            ["userName"] = "put-readonly",
            ["title"] = "Old title",
            ["nickName"] = "Nick",
        })).Object;
        var id = (string)created["id"]!;
        var body = ScimTestServer.NewUser("put-readonly");
        body["id"] = "another-id";
        body["title"] = "New title";
        body["meta"] = new JsonObject { ["created"] = "2001-01-01T00:00:00Z", ["version"] = "W/\"77\"", ["resourceType"] = "Group" };
        body["groups"] = new JsonArray(new JsonObject { ["value"] = "some-group" });

        var put = await _server.SendAsync(HttpMethod.Put, "/Users/" + id, body);

        Assert.Multiple(() =>
        {
            Assert.That(put.Status, Is.EqualTo(HttpStatusCode.OK), put.ToString());
            Assert.That((string?)put.Object["id"], Is.EqualTo(id));
            Assert.That((string?)put.Object["meta"]!["created"], Is.EqualTo((string?)created["meta"]!["created"]));
            Assert.That((string?)put.Object["meta"]!["resourceType"], Is.EqualTo("User"));
            Assert.That((string?)put.Object["meta"]!["version"], Is.EqualTo("W/\"2\""));
            Assert.That(put.Object["groups"], Is.Null);
            Assert.That((string?)put.Object["title"], Is.EqualTo("New title"));
            Assert.That(put.Object["nickName"], Is.Null, "attributes left out of a PUT are cleared");
        });
    }

    [Test]
    public async Task Put_without_a_required_attribute_is_400_invalidValue_and_changes_nothing()
    {
        var id = await _server.CreateUserAsync("put-required");

        var put = await _server.SendAsync(HttpMethod.Put, "/Users/" + id, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimTestServer.UserSchema),
            ["displayName"] = "No userName",
        });
        var read = await _server.GetAsync("/Users/" + id);

        Assert.Multiple(() =>
        {
            Assert.That(put.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)put.Object["scimType"], Is.EqualTo("invalidValue"));
            Assert.That((string?)read.Object["userName"], Is.EqualTo("put-required"));
            Assert.That(read.Object["displayName"], Is.Null);
        });
    }

    [Test]
    public async Task Put_replaces_group_members_as_a_whole()
    {
        var first = await _server.CreateUserAsync("put-member-1");
        var second = await _server.CreateUserAsync("put-member-2");
        var groupId = await _server.CreateGroupAsync("put-group", first);

        var put = await _server.SendAsync(HttpMethod.Put, "/Groups/" + groupId, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimTestServer.GroupSchema),
            ["displayName"] = "put-group",
            ["members"] = new JsonArray(new JsonObject { ["value"] = second }),
        });

        Assert.Multiple(() =>
        {
            Assert.That(put.Status, Is.EqualTo(HttpStatusCode.OK), put.ToString());
            Assert.That(put.Object["members"]!.AsArray().Select(m => (string?)m!["value"]), Is.EqualTo(new[] { second }));
        });
    }

    [Test]
    public async Task Put_on_an_unknown_id_is_404_and_creates_nothing()
    {
        var put = await _server.SendAsync(HttpMethod.Put, "/Users/" + Guid.NewGuid(), ScimTestServer.NewUser("put-nobody"));
        var snapshot = await _server.Host.SnapshotAsync();

        Assert.Multiple(() =>
        {
            Assert.That(put.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(snapshot.Select(r => r.Json), Has.None.Contains("put-nobody"));
        });
    }

    [Test]
    public async Task Put_body_id_defect_moves_the_resource_to_the_body_id()
    {
        await using var server = await ScimTestServer.StartAsync(0, ScimConformance.ReferenceServer.WriteDefects.PutBodyIdHonoured);
        var id = await server.CreateUserAsync("put-moved");
        var body = ScimTestServer.NewUser("put-moved");
        body["id"] = "moved-id";

        var put = await server.SendAsync(HttpMethod.Put, "/Users/" + id, body);
        var old = await server.GetAsync("/Users/" + id);
        var moved = await server.GetAsync("/Users/moved-id");

        Assert.Multiple(() =>
        {
            Assert.That((string?)put.Object["id"], Is.EqualTo("moved-id"));
            Assert.That(old.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That((string?)moved.Object["userName"], Is.EqualTo("put-moved"));
        });
    }
}
