using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using static ScimConformance.Tests.ReferenceServer.ScimTestServer;

namespace ScimConformance.Tests.ReferenceServer;

[TestFixture]
[Category("ReferenceServer")]
public sealed class PatchTests
{
    private ScimTestServer _server = null!;
    private int _sequence;

    [OneTimeSetUp]
    public async Task Start() => _server = await ScimTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    private async Task<string> NewUserAsync()
    {
        var user = NewUser("patch-" + Interlocked.Increment(ref _sequence));
        user["name"] = new JsonObject { ["givenName"] = "Pat", ["familyName"] = "Ch" };
        user["active"] = true;
        user["emails"] = new JsonArray(
            new JsonObject { ["value"] = "work@example.org", ["type"] = "work", ["primary"] = true },
            new JsonObject { ["value"] = "home@example.org", ["type"] = "home" });
        return await _server.CreateUserAsync(user);
    }

    [Test]
    public async Task Replace_simple_and_sub_attribute_paths_with_entra_style_booleans()
    {
        var id = await NewUserAsync();

        var reply = await _server.PatchAsync("/Users/" + id,
            Op("Replace", "active", "False"),
            Op("replace", "name.givenName", "Patricia"),
            Op("add", "displayName", "Patricia Ch"));

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK), reply.ToString());
            Assert.That((bool?)reply.Object["active"], Is.False);
            Assert.That((string?)reply.Object["name"]!["givenName"], Is.EqualTo("Patricia"));
            Assert.That((string?)reply.Object["name"]!["familyName"], Is.EqualTo("Ch"), "other sub-attributes stay");
            Assert.That((string?)reply.Object["displayName"], Is.EqualTo("Patricia Ch"));
            Assert.That((string?)reply.Object["meta"]!["version"], Is.EqualTo("W/\"2\""));
        });
    }

    [Test]
    public async Task Add_without_path_accepts_attribute_names_dotted_and_urn_keys()
    {
        var id = await NewUserAsync();

        var reply = await _server.PatchAsync("/Users/" + id, Op("add", null, new JsonObject
        {
            ["title"] = "Lead",
            ["name.familyName"] = "Changed",
            [EnterpriseSchema + ":department"] = "R&D",
            ["emails[type eq \"work\"].value"] = "new-work@example.org",
        }));

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK), reply.ToString());
            Assert.That((string?)reply.Object["title"], Is.EqualTo("Lead"));
            Assert.That((string?)reply.Object["name"]!["familyName"], Is.EqualTo("Changed"));
            Assert.That((string?)reply.Object[EnterpriseSchema]!["department"], Is.EqualTo("R&D"));
            Assert.That(reply.Object["schemas"]!.AsArray().Select(s => (string?)s), Does.Contain(EnterpriseSchema));
            Assert.That(reply.Object["emails"]!.AsArray().Select(e => (string?)e!["value"]),
                Is.EquivalentTo((string?[])["new-work@example.org", "home@example.org"]));
        });
    }

    [Test]
    public async Task Value_filtered_paths_replace_and_remove_only_matching_values()
    {
        var id = await NewUserAsync();

        var replaced = await _server.PatchAsync("/Users/" + id, Op("replace", "emails[type eq \"home\"].value", "elsewhere@example.org"));
        var removed = await _server.PatchAsync("/Users/" + id, Op("remove", "emails[type eq \"work\"]"));
        var noTarget = await _server.PatchAsync("/Users/" + id, Op("replace", "emails[type eq \"other\"].value", "x@example.org"));

        Assert.Multiple(() =>
        {
            Assert.That(replaced.Object["emails"]!.AsArray().Select(e => (string?)e!["value"]),
                Is.EquivalentTo((string?[])["work@example.org", "elsewhere@example.org"]));
            Assert.That(removed.Object["emails"]!.AsArray().Select(e => (string?)e!["type"]), Is.EqualTo((string?[])["home"]));
            Assert.That(noTarget.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)noTarget.Object["scimType"], Is.EqualTo("noTarget"));
        });
    }

    [Test]
    public async Task Adding_a_primary_value_clears_primary_elsewhere()
    {
        var id = await NewUserAsync();

        var reply = await _server.PatchAsync("/Users/" + id,
            Op("add", "emails", new JsonArray(new JsonObject { ["value"] = "third@example.org", ["type"] = "other", ["primary"] = true })));

        var primaries = reply.Object["emails"]!.AsArray().Where(e => (bool?)e!["primary"] == true).Select(e => (string?)e!["value"]);
        Assert.That(primaries, Is.EqualTo((string?[])["third@example.org"]));
    }

    [Test]
    public async Task Errors_carry_the_rfc_scimTypes_and_leave_the_resource_unchanged()
    {
        var id = await NewUserAsync();
        var before = (await _server.GetAsync("/Users/" + id)).Raw;

        var readOnly = await _server.PatchAsync("/Users/" + id, Op("replace", "id", "other"));
        var badPath = await _server.PatchAsync("/Users/" + id, Op("replace", "title", "ok"), Op("replace", "noSuchAttribute", "x"));
        var removeNoPath = await _server.PatchAsync("/Users/" + id, Op("remove", null));
        var removeRequired = await _server.PatchAsync("/Users/" + id, Op("remove", "userName"));
        var badValue = await _server.PatchAsync("/Users/" + id, Op("replace", "active", "maybe"));
        var badOp = await _server.PatchAsync("/Users/" + id, Op("move", "title", "x"));
        var after = (await _server.GetAsync("/Users/" + id)).Raw;

        Assert.Multiple(() =>
        {
            Assert.That((string?)readOnly.Object["scimType"], Is.EqualTo("mutability"));
            Assert.That((string?)badPath.Object["scimType"], Is.EqualTo("invalidPath"));
            Assert.That((string?)removeNoPath.Object["scimType"], Is.EqualTo("noTarget"));
            Assert.That((string?)removeRequired.Object["scimType"], Is.EqualTo("mutability"));
            Assert.That((string?)badValue.Object["scimType"], Is.EqualTo("invalidValue"));
            Assert.That(badOp.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(after, Is.EqualTo(before), "a failed PATCH changes nothing");
        });
    }

    [Test]
    public async Task Noop_add_keeps_version()
    {
        var id = await NewUserAsync();

        var reply = await _server.PatchAsync("/Users/" + id, Op("add", "active", true));

        Assert.That((string?)reply.Object["meta"]!["version"], Is.EqualTo("W/\"1\""));
    }

    [Test]
    public async Task Group_members_are_added_removed_by_value_list_and_by_filter()
    {
        var a = await _server.CreateUserAsync("patch-member-a");
        var b = await _server.CreateUserAsync("patch-member-b");
        var c = await _server.CreateUserAsync("patch-member-c");
        var groupId = await _server.CreateGroupAsync("Patched Group", a);

        var added = await _server.PatchAsync("/Groups/" + groupId,
            Op("add", "members", new JsonArray(new JsonObject { ["value"] = b }, new JsonObject { ["value"] = c })));
        var removedByList = await _server.PatchAsync("/Groups/" + groupId, Op("remove", "members", new JsonArray(new JsonObject { ["value"] = a })));
        var removedByFilter = await _server.PatchAsync("/Groups/" + groupId, Op("remove", $"members[value eq \"{b}\"]"));
        var unknown = await _server.PatchAsync("/Groups/" + groupId, Op("add", "members", new JsonArray(new JsonObject { ["value"] = "nobody" })));

        Assert.Multiple(() =>
        {
            Assert.That(added.Object["members"]!.AsArray().Select(m => (string?)m!["value"]), Is.EquivalentTo((string?[])[a, b, c]));
            Assert.That(removedByList.Object["members"]!.AsArray().Select(m => (string?)m!["value"]), Is.EquivalentTo((string?[])[b, c]));
            Assert.That(removedByFilter.Object["members"]!.AsArray().Select(m => (string?)m!["value"]), Is.EqualTo((string?[])[c]));
            Assert.That((string?)unknown.Object["scimType"], Is.EqualTo("invalidValue"));
        });
    }

    [Test]
    public async Task Patch_body_without_patchop_schema_is_400_invalidSyntax()
    {
        var id = await NewUserAsync();

        var reply = await _server.SendAsync(HttpMethod.Patch, "/Users/" + id, new JsonObject
        {
            ["Operations"] = new JsonArray(Op("replace", "title", "x")),
        });

        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)reply.Object["scimType"], Is.EqualTo("invalidSyntax"));
    }
}
