using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

[TestFixture]
[Category("ReferenceServer")]
public sealed class SnapshotAndSeedTests
{
    [Test]
    public async Task Seeded_users_exist_and_survive_other_traffic_byte_identical()
    {
        await using var server = await ScimTestServer.StartAsync(seedUsers: 3);
        var before = await server.Host.SnapshotAsync();

        var other = await server.CreateUserAsync("snapshot-other");
        await server.PatchAsync("/Users/" + other, ScimTestServer.Op("replace", "title", "x"));
        await server.SendAsync(HttpMethod.Delete, "/Users/" + other);
        var after = await server.Host.SnapshotAsync();
        var listed = await server.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName sw \"seed-user-\""));

        Assert.Multiple(() =>
        {
            Assert.That(before, Has.Count.EqualTo(3));
            Assert.That(before.Select(r => r.ResourceType), Is.All.EqualTo("User"));
            Assert.That(before.Select(r => r.Id), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(after, Is.EqualTo(before));
            Assert.That(listed.Listed.Select(u => (string?)u["userName"]), Is.EquivalentTo((string?[])["seed-user-0001", "seed-user-0002", "seed-user-0003"]));
            Assert.That(JsonNode.Parse(before[0].Json)!["id"]!.GetValue<string>(), Is.EqualTo(before[0].Id));
        });
    }

    [Test]
    public async Task Admin_snapshot_endpoint_requires_the_token_and_lists_stored_resources()
    {
        await using var server = await ScimTestServer.StartAsync(seedUsers: 2);
        var adminUrl = new Uri(server.Host.BaseUrl, "/admin/snapshot");

        using var anonymous = new HttpClient();
        using var refused = await anonymous.GetAsync(adminUrl);
        using var allowed = await server.Http.GetAsync(adminUrl);
        var items = JsonNode.Parse(await allowed.Content.ReadAsStringAsync())!.AsArray();

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(items.Select(i => (string?)i!["resourceType"]), Is.EqualTo((string?[])["User", "User"]));
    }

    [Test]
    public async Task File_database_keeps_resources_and_seeds_across_restarts()
    {
        var path = Path.Combine(Path.GetTempPath(), "scimref-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var options = new ReferenceServerOptions { Token = ScimTestServer.Token, DbPath = path, SeedUsers = 1 };
            IReadOnlyList<StoredResource> first;
            await using (var host = await ReferenceServerHost.StartAsync(options))
            {
                first = await host.SnapshotAsync();
            }

            await using var again = await ReferenceServerHost.StartAsync(options);
            Assert.That(await again.SnapshotAsync(), Is.EqualTo(first));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public async Task Base_url_is_loopback_with_scim_path_and_no_trailing_slash()
    {
        await using var server = await ScimTestServer.StartAsync();

        Assert.That(server.Host.BaseUrl.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(server.Host.BaseUrl.Port, Is.GreaterThan(0));
        Assert.That(server.Host.BaseUrl.ToString(), Does.EndWith("/scim/v2"));
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Url("/ServiceProviderConfig"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ScimTestServer.Token);
        using var response = await server.Http.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
