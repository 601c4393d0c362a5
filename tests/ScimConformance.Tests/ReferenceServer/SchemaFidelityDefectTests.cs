using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;
using ScimConformance.ReferenceServer.Schema;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>The held-out defects of issue 17: each switch really breaks the characteristic or computed attribute it names.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class SchemaFidelityDefectTests
{
    private static JsonObject ExtensionUser(string userName)
    {
        var body = ScimTestServer.NewUser(userName);
        body["schemas"]!.AsArray().Add(ReferenceExtension.UserUrn);
        body[ReferenceExtension.UserUrn] = new JsonObject { ["employeeCode"] = "EC-" + userName, ["badgeId"] = "B-1", ["clearanceLevel"] = 2 };
        return body;
    }

    [Test]
    public async Task Returned_request_unasked_shows_the_request_only_attribute_everywhere()
    {
        await using var server = await ScimTestServer.StartAsync(0, SchemaFidelityDefects.ReturnedRequestUnasked);
        var id = await server.CreateUserAsync(ExtensionUser("req-unasked"));
        var read = (await server.GetAsync("/Users/" + id)).Object;
        Assert.That((int?)read[ReferenceExtension.UserUrn]!["clearanceLevel"], Is.EqualTo(2));
    }

    [Test]
    public async Task Immutable_extension_changes_lets_put_and_patch_change_the_badge()
    {
        await using var server = await ScimTestServer.StartAsync(0, SchemaFidelityDefects.ImmutableExtensionChanges);
        var id = await server.CreateUserAsync(ExtensionUser("immutable-changes"));
        var patched = await server.PatchAsync("/Users/" + id, ScimTestServer.Op("replace", ReferenceExtension.UserUrn + ":badgeId", "B-2"));
        var body = ExtensionUser("immutable-changes");
        body[ReferenceExtension.UserUrn]!["badgeId"] = "B-3";
        var put = await server.PutAsync("/Users/" + id, body);

        Assert.Multiple(() =>
        {
            Assert.That((string?)patched.Object[ReferenceExtension.UserUrn]!["badgeId"], Is.EqualTo("B-2"));
            Assert.That((string?)put.Object[ReferenceExtension.UserUrn]!["badgeId"], Is.EqualTo("B-3"));
        });
    }

    [Test]
    public async Task Canonical_value_rewritten_stores_the_first_canonical_value_instead_of_refusing()
    {
        await using var compliant = await ScimTestServer.StartAsync(0);
        await using var server = await ScimTestServer.StartAsync(0, SchemaFidelityDefects.CanonicalValueRewritten);
        var body = ExtensionUser("canonical-rewritten");
        body[ReferenceExtension.UserUrn]!["shift"] = "weekend";
        var refused = await compliant.PostAsync("/Users", body);
        var id = await server.CreateUserAsync(body);
        var read = (await server.GetAsync("/Users/" + id)).Object;

        Assert.Multiple(() =>
        {
            Assert.That(refused.Status, Is.EqualTo(HttpStatusCode.BadRequest), "the compliant server refuses a shift outside its canonicalValues");
            Assert.That((string?)read[ReferenceExtension.UserUrn]!["shift"], Is.EqualTo("day"));
        });
    }

    [Test]
    public async Task Members_display_and_ref_describe_the_group_instead_of_the_member()
    {
        await using var server = await ScimTestServer.StartAsync(0, SchemaFidelityDefects.MembersDisplayRefWrong);
        var member = await server.CreateUserAsync("member-wrong");
        var group = await server.CreateGroupAsync("wrong-refs", member);
        var read = (await server.GetAsync("/Groups/" + group)).Object["members"]![0]!;

        Assert.Multiple(() =>
        {
            Assert.That((string?)read["value"], Is.EqualTo(member));
            Assert.That((string?)read["$ref"], Is.EqualTo(server.Url("/Groups/" + group).ToString()));
            Assert.That((string?)read["display"], Is.EqualTo("wrong-refs"));
        });
    }

    [Test]
    public async Task User_groups_never_filled_leaves_members_without_groups()
    {
        async Task<JsonNode?> GroupsAsync(params string[] defects)
        {
            await using var server = await ScimTestServer.StartAsync(0, defects);
            var member = await server.CreateUserAsync("groups-member");
            await server.CreateGroupAsync("groups-of-member", member);
            return (await server.GetAsync("/Users/" + member)).Object["groups"];
        }

        Assert.That(await GroupsAsync(), Is.Not.Null);
        Assert.That(await GroupsAsync(SchemaFidelityDefects.UserGroupsNeverFilled), Is.Null);
    }
}
