using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>RFC 7644 §3.14 on the reference server: weak versions, the ETag header, If-Match and If-None-Match.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class ETagTests
{
    private ScimTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await ScimTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Post_sends_a_weak_etag_equal_to_meta_version()
    {
        var reply = await _server.PostAsync("/Users", ScimTestServer.NewUser("etag-post"));

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(reply.Headers.ETag?.ToString(), Is.EqualTo("W/\"1\""));
            Assert.That((string?)reply.Object["meta"]!["version"], Is.EqualTo("W/\"1\""));
        });
    }

    [Test]
    public async Task Version_changes_on_put_and_patch_but_not_on_get_or_a_write_that_changes_nothing()
    {
        var id = await _server.CreateUserAsync("etag-writes");
        var path = "/Users/" + id;
        var first = await VersionAsync(path);
        var again = await VersionAsync(path);

        var put = await _server.SendAsync(HttpMethod.Put, path, WithDisplayName("etag-writes", "Renamed"));
        var afterPut = await VersionAsync(path);
        var samePut = await _server.SendAsync(HttpMethod.Put, path, WithDisplayName("etag-writes", "Renamed"));
        var afterSamePut = await VersionAsync(path);
        await _server.PatchAsync(path, ScimTestServer.Op("replace", "displayName", "Patched"));
        var afterPatch = await VersionAsync(path);

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(put.Headers.ETag?.ToString(), Is.EqualTo(afterPut));
            Assert.That(afterPut, Is.EqualTo("W/\"2\""));
            Assert.That(samePut.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterSamePut, Is.EqualTo(afterPut));
            Assert.That(afterPatch, Is.EqualTo("W/\"3\""));
        });
    }

    [Test]
    public async Task If_none_match_with_the_current_version_or_star_answers_304_without_body()
    {
        var id = await _server.CreateUserAsync("etag-none-match");
        var path = "/Users/" + id;
        var current = await VersionAsync(path);

        var notModified = await SendAsync(HttpMethod.Get, path, null, "If-None-Match", current);
        var strongForm = await SendAsync(HttpMethod.Get, path, null, "If-None-Match", "\"1\"");
        var star = await SendAsync(HttpMethod.Get, path, null, "If-None-Match", "*");
        var other = await SendAsync(HttpMethod.Get, path, null, "If-None-Match", "W/\"7\", W/\"8\"");

        Assert.Multiple(() =>
        {
            Assert.That(notModified.Status, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(notModified.Raw, Is.Empty);
            Assert.That(notModified.Headers.ETag?.ToString(), Is.EqualTo(current));
            Assert.That(strongForm.Status, Is.EqualTo(HttpStatusCode.NotModified), "If-None-Match compares weakly");
            Assert.That(star.Status, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(other.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)other.Object["id"], Is.EqualTo(id));
        });
    }

    [Test]
    public async Task Stale_if_match_refuses_put_patch_and_delete_with_412_and_changes_nothing()
    {
        var id = await _server.CreateUserAsync("etag-stale");
        var path = "/Users/" + id;
        var stale = "W/\"99\"";

        var put = await SendAsync(HttpMethod.Put, path, WithDisplayName("etag-stale", "Put"), "If-Match", stale);
        var patch = await SendAsync(HttpMethod.Patch, path, PatchBody(ScimTestServer.Op("replace", "displayName", "Patched")), "If-Match", stale);
        var delete = await SendAsync(HttpMethod.Delete, path, null, "If-Match", stale);
        var after = await _server.GetAsync(path);

        Assert.Multiple(() =>
        {
            foreach (var reply in new[] { put, patch, delete })
            {
                Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.PreconditionFailed), reply.ToString());
                Assert.That((string?)reply.Object["schemas"]![0], Is.EqualTo("urn:ietf:params:scim:api:messages:2.0:Error"));
                Assert.That((string?)reply.Object["status"], Is.EqualTo("412"));
            }

            Assert.That(after.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(after.Object["displayName"], Is.Null);
            Assert.That((string?)after.Object["meta"]!["version"], Is.EqualTo("W/\"1\""));
        });
    }

    [Test]
    public async Task Current_if_match_in_weak_strong_list_or_star_form_lets_writes_through()
    {
        var id = await _server.CreateUserAsync("etag-current");
        var path = "/Users/" + id;

        var put = await SendAsync(HttpMethod.Put, path, WithDisplayName("etag-current", "Put"), "If-Match", "W/\"1\"");
        var patch = await SendAsync(HttpMethod.Patch, path, PatchBody(ScimTestServer.Op("replace", "displayName", "Patched")), "If-Match", "W/\"9\", \"2\"");
        var delete = await SendAsync(HttpMethod.Delete, path, null, "If-Match", "*");

        Assert.Multiple(() =>
        {
            Assert.That(put.Status, Is.EqualTo(HttpStatusCode.OK), put.ToString());
            Assert.That(patch.Status, Is.EqualTo(HttpStatusCode.OK), patch.ToString());
            Assert.That((string?)patch.Object["displayName"], Is.EqualTo("Patched"));
            Assert.That(delete.Status, Is.EqualTo(HttpStatusCode.NoContent));
        });
    }

    [Test]
    public async Task Membership_changes_give_the_group_and_the_member_new_versions()
    {
        var userId = await _server.CreateUserAsync("etag-member");
        var groupId = await _server.CreateGroupAsync("etag-group");
        var userBefore = await VersionAsync("/Users/" + userId);
        var groupBefore = await VersionAsync("/Groups/" + groupId);

        await _server.PatchAsync("/Groups/" + groupId, ScimTestServer.Op("add", "members", new JsonArray(new JsonObject { ["value"] = userId })));
        var userAfterAdd = await VersionAsync("/Users/" + userId);
        var groupAfterAdd = await VersionAsync("/Groups/" + groupId);
        await _server.SendAsync(HttpMethod.Delete, "/Groups/" + groupId);
        var userAfterGroupDeleted = await VersionAsync("/Users/" + userId);

        Assert.Multiple(() =>
        {
            Assert.That(groupAfterAdd, Is.Not.EqualTo(groupBefore));
            Assert.That(userAfterAdd, Is.Not.EqualTo(userBefore), "the user's groups attribute changed");
            Assert.That(userAfterGroupDeleted, Is.Not.EqualTo(userAfterAdd), "the user left the deleted group");
        });
    }

    [Test]
    public async Task Defects_break_exactly_their_versioning_behaviour()
    {
        await using var server = await ScimTestServer.StartAsync(0, WriteDefects.EtagIfMatchIgnored, WriteDefects.EtagIfNoneMatchIgnored,
            WriteDefects.EtagHeaderMissing, WriteDefects.EtagVersionUnchangedOnWrite);
        var id = await server.CreateUserAsync("etag-defects");
        var path = "/Users/" + id;

        var get = await SendAsync(server, HttpMethod.Get, path, null, "If-None-Match", "W/\"1\"");
        var put = await SendAsync(server, HttpMethod.Put, path, WithDisplayName("etag-defects", "Put"), "If-Match", "W/\"99\"");

        Assert.Multiple(() =>
        {
            Assert.That(get.Status, Is.EqualTo(HttpStatusCode.OK), "If-None-Match ignored");
            Assert.That(get.Headers.ETag, Is.Null, "no ETag header");
            Assert.That(put.Status, Is.EqualTo(HttpStatusCode.OK), "If-Match ignored");
            Assert.That((string?)put.Object["displayName"], Is.EqualTo("Put"));
            Assert.That((string?)put.Object["meta"]!["version"], Is.EqualTo("W/\"1\""), "version unchanged on write");
        });
    }

    private async Task<string> VersionAsync(string path)
    {
        var reply = await _server.GetAsync(path);
        Assert.That((string?)reply.Object["meta"]!["version"], Is.EqualTo(reply.Headers.ETag?.ToString()), "meta.version equals the ETag header");
        return reply.Headers.ETag!.ToString();
    }

    private Task<ScimReply> SendAsync(HttpMethod method, string path, JsonNode? body, string header, string value) =>
        SendAsync(_server, method, path, body, header, value);

    internal static async Task<ScimReply> SendAsync(ScimTestServer server, HttpMethod method, string path, JsonNode? body, string header, string value)
    {
        using var request = new HttpRequestMessage(method, server.Url(path));
        request.Headers.TryAddWithoutValidation(header, value);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/scim+json");
        }

        using var response = await server.Http.SendAsync(request);
        return await ScimReply.ReadAsync(response);
    }

    private static JsonObject WithDisplayName(string userName, string displayName)
    {
        var user = ScimTestServer.NewUser(userName);
        user["displayName"] = displayName;
        return user;
    }

    private static JsonObject PatchBody(params JsonObject[] operations) => new()
    {
        ["schemas"] = new JsonArray(ScimTestServer.PatchSchema),
        ["Operations"] = new JsonArray(operations.Select(o => (JsonNode?)o).ToArray()),
    };
}
