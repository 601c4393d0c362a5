using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.ReferenceServer;

[TestFixture]
[Category("ReferenceServer")]
public sealed class GroupTests
{
    private ScimTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await ScimTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Group_members_reference_users_and_users_show_their_groups()
    {
        var userId = await _server.CreateUserAsync(new JsonObject
        {
            ["schemas"] = new JsonArray(ScimTestServer.UserSchema),
            ["userName"] = "grp-member",
            ["displayName"] = "Member One",
        });
        var groupId = await _server.CreateGroupAsync("Engineering", userId);

        var group = (await _server.GetAsync("/Groups/" + groupId)).Object;
        var user = (await _server.GetAsync("/Users/" + userId)).Object;

        var member = group["members"]![0]!;
        var membership = user["groups"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That((string?)member["value"], Is.EqualTo(userId));
            Assert.That((string?)member["type"], Is.EqualTo("User"));
            Assert.That((string?)member["display"], Is.EqualTo("Member One"));
            Assert.That((string?)member["$ref"], Is.EqualTo(_server.Host.BaseUrl + "/Users/" + userId));
            Assert.That((string?)membership["value"], Is.EqualTo(groupId));
            Assert.That((string?)membership["display"], Is.EqualTo("Engineering"));
            Assert.That((string?)membership["type"], Is.EqualTo("direct"));
            Assert.That((string?)membership["$ref"], Is.EqualTo(_server.Host.BaseUrl + "/Groups/" + groupId));
        });
    }

    [Test]
    public async Task Unknown_member_and_missing_displayName_are_400_invalidValue()
    {
        var unknownMember = await _server.PostAsync("/Groups", new JsonObject
        {
            ["schemas"] = new JsonArray(ScimTestServer.GroupSchema),
            ["displayName"] = "Ghosts",
            ["members"] = new JsonArray(new JsonObject { ["value"] = "no-such-user" }),
        });
        var noName = await _server.PostAsync("/Groups", new JsonObject { ["schemas"] = new JsonArray(ScimTestServer.GroupSchema) });

        Assert.Multiple(() =>
        {
            Assert.That(unknownMember.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)unknownMember.Object["scimType"], Is.EqualTo("invalidValue"));
            Assert.That(noName.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)noName.Object["scimType"], Is.EqualTo("invalidValue"));
        });
    }

    [Test]
    public async Task Deleting_a_user_removes_it_from_groups_and_deleting_a_group_keeps_its_members()
    {
        var stays = await _server.CreateUserAsync("grp-stays");
        var leaves = await _server.CreateUserAsync("grp-leaves");
        var groupId = await _server.CreateGroupAsync("Leavers", stays, leaves);

        await _server.SendAsync(HttpMethod.Delete, "/Users/" + leaves);
        var afterUserDelete = (await _server.GetAsync("/Groups/" + groupId)).Object;
        var groupDelete = await _server.SendAsync(HttpMethod.Delete, "/Groups/" + groupId);
        var member = await _server.GetAsync("/Users/" + stays);

        Assert.Multiple(() =>
        {
            Assert.That(afterUserDelete["members"]!.AsArray().Select(m => (string?)m!["value"]), Is.EqualTo((string?[])[stays]));
            Assert.That(groupDelete.Status, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(member.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(member.Object["groups"], Is.Null);
        });
    }

    [Test]
    public async Task Put_replaces_the_member_list()
    {
        var first = await _server.CreateUserAsync("grp-put-first");
        var second = await _server.CreateUserAsync("grp-put-second");
        var groupId = await _server.CreateGroupAsync("Replaced", first);

        var reply = await _server.SendAsync(HttpMethod.Put, "/Groups/" + groupId, new JsonObject
        {
            ["schemas"] = new JsonArray(ScimTestServer.GroupSchema),
            ["displayName"] = "Replaced",
            ["members"] = new JsonArray(new JsonObject { ["value"] = second }),
        });

        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reply.Object["members"]!.AsArray().Select(m => (string?)m!["value"]), Is.EqualTo((string?[])[second]));
    }

    [Test]
    public async Task Groups_can_be_filtered_by_displayName_and_member()
    {
        var userId = await _server.CreateUserAsync("grp-filter-member");
        var groupId = await _server.CreateGroupAsync("Filter Target", userId);

        var byName = await _server.GetAsync("/Groups?filter=" + Uri.EscapeDataString("displayName eq \"filter target\""));
        var byMember = await _server.GetAsync("/Groups?filter=" + Uri.EscapeDataString($"members[value eq \"{userId}\"]"));

        Assert.That(byName.Listed.Select(g => (string?)g["id"]), Is.EqualTo((string?[])[groupId]));
        Assert.That(byMember.Listed.Select(g => (string?)g["id"]), Is.EqualTo((string?[])[groupId]));
    }
}
