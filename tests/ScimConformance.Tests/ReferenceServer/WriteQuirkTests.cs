using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>The create, replace and bulk quirk switches, each next to the compliant behaviour it changes.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class WriteQuirkTests
{
    [Test]
    public async Task Emails_required_refuses_users_without_emails_while_schemas_says_optional()
    {
        await using var server = await ScimTestServer.StartAsync(0, WriteQuirks.EmailsRequired);
        var without = await server.PostAsync("/Users", ScimTestServer.NewUser("mail-none"));
        var with = ScimTestServer.NewUser("mail-some");
        with["emails"] = new JsonArray(new JsonObject { ["value"] = "some@example.org" });
        var created = await server.PostAsync("/Users", with);
        var emails = (await server.GetAsync("/Schemas/" + ScimTestServer.UserSchema)).Object["attributes"]!.AsArray()
            .OfType<JsonObject>().Single(a => (string?)a["name"] == "emails");

        Assert.Multiple(() =>
        {
            Assert.That((without.Status, (string?)without.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidValue")));
            Assert.That((string?)without.Object["detail"], Does.Contain("emails"));
            Assert.That(created.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((bool?)emails["required"], Is.False);
        });
    }

    [Test]
    public async Task Bulk_409_after_create_reports_a_conflict_for_a_group_it_created()
    {
        await using var server = await ScimTestServer.StartAsync(0, WriteQuirks.BulkConflictAfterCreate);
        var reply = await server.PostAsync("/Bulk", new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:BulkRequest"),
            ["Operations"] = new JsonArray(new JsonObject
            {
                ["method"] = "POST",
                ["path"] = "/Groups",
                ["bulkId"] = "g1",
                ["data"] = new JsonObject { ["schemas"] = new JsonArray(ScimTestServer.GroupSchema), ["displayName"] = "bulk-ghost" },
            }),
        });
        var result = reply.Object["Operations"]![0]!;
        var found = await server.GetAsync("/Groups?filter=displayName%20eq%20%22bulk-ghost%22");

        Assert.Multiple(() =>
        {
            Assert.That((string?)result["status"], Is.EqualTo("409"));
            Assert.That(result["location"], Is.Null);
            Assert.That((int?)found.Object["totalResults"], Is.EqualTo(1), "the group was created all the same");
        });
    }

    [Test]
    public async Task Put_carrying_another_users_id_overwrites_that_user_under_the_switch_only()
    {
        async Task<(string A, string B)> RunAsync(params string[] defects)
        {
            await using var server = await ScimTestServer.StartAsync(0, defects);
            var a = await server.CreateUserAsync("put-a");
            var b = await server.CreateUserAsync("put-b");
            var body = ScimTestServer.NewUser("put-a-renamed");
            body["id"] = b;
            await server.PutAsync("/Users/" + a, body);
            return ((string)(await server.GetAsync("/Users/" + a)).Object["userName"]!, (string)(await server.GetAsync("/Users/" + b)).Object["userName"]!);
        }

        Assert.That(await RunAsync(), Is.EqualTo(("put-a-renamed", "put-b")));
        Assert.That(await RunAsync(WriteQuirks.PutOverwritesOtherUser), Is.EqualTo(("put-a", "put-a-renamed")));
    }

    [Test]
    public async Task Location_names_the_collection_under_the_switch()
    {
        await using var server = await ScimTestServer.StartAsync(0, WriteQuirks.LocationNamesCollection);
        var reply = await server.PostAsync("/Users", ScimTestServer.NewUser("location-user"));
        Assert.Multiple(() =>
        {
            Assert.That(reply.Headers.Location, Is.EqualTo(server.Url("/Users")));
            Assert.That((string?)reply.Object["meta"]!["location"], Is.EqualTo(server.Url("/Users/" + (string)reply.Object["id"]!).ToString()));
        });
    }

    [Test]
    public async Task Members_that_name_nothing_are_refused_unless_the_switch_accepts_them()
    {
        static JsonObject Group(string name) => new()
        {
            ["schemas"] = new JsonArray(ScimTestServer.GroupSchema),
            ["displayName"] = name,
            ["members"] = new JsonArray(new JsonObject { ["value"] = "no-such-member" }),
        };

        await using var compliant = await ScimTestServer.StartAsync();
        await using var quirky = await ScimTestServer.StartAsync(0, WriteQuirks.GroupMembersUnresolved);
        var refused = await compliant.PostAsync("/Groups", Group("ghost-members"));
        var accepted = await quirky.PostAsync("/Groups", Group("ghost-members"));

        Assert.Multiple(() =>
        {
            Assert.That((refused.Status, (string?)refused.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidValue")));
            Assert.That(accepted.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)accepted.Object["members"]![0]!["$ref"], Is.EqualTo(quirky.Url("/Users/no-such-member").ToString()));
        });
    }

    [Test]
    public async Task Extension_without_its_urn_in_schemas_is_accepted_under_the_switch()
    {
        await using var server = await ScimTestServer.StartAsync(0, WriteQuirks.ExtensionWithoutSchemasUrn);
        var body = ScimTestServer.NewUser("unlisted-extension");
        body[ScimTestServer.EnterpriseSchema] = new JsonObject { ["department"] = "Sales" };
        var reply = await server.PostAsync("/Users", body);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((string?)reply.Object[ScimTestServer.EnterpriseSchema]!["department"], Is.EqualTo("Sales"));
        });
    }
}
