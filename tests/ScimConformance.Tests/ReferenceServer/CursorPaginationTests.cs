using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>Cursor-based pagination (RFC 9865) behind its ServiceProviderConfig advertisement.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class CursorPaginationTests
{
    private const string Filter = "filter=userName%20sw%20%22cur-%22";
    private ScimTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await ScimTestServer.StartAsync();
        for (var n = 1; n <= 7; n++)
        {
            await _server.CreateUserAsync($"cur-{n:D2}");
        }
    }

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    /// <summary>Follows nextCursor from the first page to the last; returns the userNames in order and every page.</summary>
    private async Task<(List<string> Names, List<JsonObject> Pages)> WalkAsync(string query, Func<int, Task>? betweenPages = null)
    {
        var names = new List<string>();
        var pages = new List<JsonObject>();
        var next = "";
        do
        {
            var reply = await _server.GetAsync($"/Users?{query}&cursor={Uri.EscapeDataString(next)}");
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK), reply.ToString());
            pages.Add(reply.Object);
            names.AddRange(reply.Listed.Select(r => (string)r["userName"]!));
            next = (string?)reply.Object["nextCursor"];
            if (next is not null && betweenPages is not null) await betweenPages(pages.Count);
        }
        while (next is not null && pages.Count < 20);

        return (names, pages);
    }

    [Test]
    public async Task Service_provider_config_advertises_both_methods()
    {
        var pagination = (await _server.GetAsync("/ServiceProviderConfig")).Object["pagination"]!;
        Assert.Multiple(() =>
        {
            Assert.That((bool?)pagination["cursor"], Is.True);
            Assert.That((bool?)pagination["index"], Is.True);
            Assert.That((string?)pagination["defaultPaginationMethod"], Is.EqualTo("index"));
            Assert.That((int?)pagination["maxPageSize"], Is.EqualTo(200));
            Assert.That((int?)pagination["cursorTimeout"], Is.EqualTo(600));
        });
    }

    [Test]
    public async Task Pages_follow_next_cursor_to_the_end_without_gaps_or_repeats()
    {
        var (names, pages) = await WalkAsync(Filter + "&count=3");
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EqualTo(Enumerable.Range(1, 7).Select(n => $"cur-{n:D2}")));
            Assert.That(pages.Select(p => (int?)p["itemsPerPage"]), Is.EqualTo((int?[])[3, 3, 1]));
            Assert.That(pages.Select(p => (int?)p["totalResults"]), Has.All.EqualTo(7));
            Assert.That(pages[^1].ContainsKey("nextCursor"), Is.False, "the last page has no nextCursor");
            Assert.That(pages.Any(p => p.ContainsKey("startIndex")), Is.False);
            Assert.That(pages.Take(2).Select(p => (string)p["nextCursor"]!), Has.All.Match(@"^[A-Za-z0-9\-._~]+$"), "unreserved characters only");
        });
    }

    [Test]
    public async Task Sorted_pages_follow_the_sort()
    {
        var (names, _) = await WalkAsync(Filter + "&count=2&sortBy=userName&sortOrder=descending");
        Assert.That(names, Is.EqualTo(Enumerable.Range(1, 7).Reverse().Select(n => $"cur-{n:D2}")));
    }

    [Test]
    public async Task Changes_between_pages_neither_repeat_nor_skip_the_resources_that_stay()
    {
        await using var server = await ScimTestServer.StartAsync();
        var ids = new List<string>();
        for (var n = 1; n <= 6; n++) ids.Add(await server.CreateUserAsync($"move-{n}"));

        var first = await server.GetAsync("/Users?count=2&cursor=");
        await server.SendAsync(HttpMethod.Delete, "/Users/" + ids[0]);
        await server.SendAsync(HttpMethod.Delete, "/Users/" + ids[2]);
        var second = await server.GetAsync($"/Users?count=2&cursor={(string)first.Object["nextCursor"]!}");

        Assert.That(second.Listed.Select(r => (string)r["userName"]!), Is.EqualTo((string[])["move-4", "move-5"]));
    }

    [Test]
    public async Task Search_bodies_take_a_cursor_too()
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:SearchRequest"),
            ["filter"] = "userName sw \"cur-\"",
            ["cursor"] = "",
            ["count"] = 5,
        };
        var first = await _server.PostAsync("/Users/.search", body);
        body["cursor"] = (string)first.Object["nextCursor"]!;
        var second = await _server.PostAsync("/Users/.search", body);

        Assert.That(first.Listed.Concat(second.Listed).Select(r => (string)r["userName"]!), Is.EqualTo(Enumerable.Range(1, 7).Select(n => $"cur-{n:D2}")));
    }

    [TestCase("garbage")]
    [TestCase("eyJ0IjoiZGVmYXVsdCJ9.AAAA")]
    public async Task A_cursor_the_server_did_not_issue_is_invalidCursor(string cursor)
    {
        var reply = await _server.GetAsync($"/Users?{Filter}&count=2&cursor={cursor}");
        Assert.That((reply.Status, (string?)reply.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidCursor")));
    }

    [Test]
    public async Task A_cursor_is_bound_to_its_query()
    {
        var first = await _server.GetAsync($"/Users?{Filter}&count=2&cursor=");
        var other = await _server.GetAsync($"/Users?filter=userName%20pr&count=2&cursor={(string)first.Object["nextCursor"]!}");
        var groups = await _server.GetAsync($"/Groups?{Filter}&count=2&cursor={(string)first.Object["nextCursor"]!}");

        Assert.Multiple(() =>
        {
            Assert.That((string?)other.Object["scimType"], Is.EqualTo("invalidCursor"));
            Assert.That((string?)groups.Object["scimType"], Is.EqualTo("invalidCursor"));
        });
    }

    [TestCase("0")]
    [TestCase("-3")]
    public async Task A_count_below_one_is_invalidCount(string count)
    {
        var reply = await _server.GetAsync($"/Users?{Filter}&count={count}&cursor=");
        Assert.That((reply.Status, (string?)reply.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidCount")));
    }

    [Test]
    public async Task Cursor_and_startIndex_together_are_refused_and_index_paging_is_unchanged()
    {
        var both = await _server.GetAsync($"/Users?{Filter}&startIndex=2&cursor=");
        var index = await _server.GetAsync($"/Users?{Filter}&startIndex=2&count=2");

        Assert.Multiple(() =>
        {
            Assert.That(both.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((int?)index.Object["startIndex"], Is.EqualTo(2));
            Assert.That(index.Object.ContainsKey("nextCursor"), Is.False);
        });
    }

    [Test]
    public async Task An_expired_cursor_is_expiredCursor()
    {
        await using var server = await ScimTestServer.StartAsync(new ReferenceServerOptions { CursorTimeout = TimeSpan.FromSeconds(1) });
        await server.CreateUserAsync("exp-1");
        await server.CreateUserAsync("exp-2");
        var first = await server.GetAsync("/Users?count=1&cursor=");
        await Task.Delay(TimeSpan.FromSeconds(2.2));
        var late = await server.GetAsync($"/Users?count=1&cursor={(string)first.Object["nextCursor"]!}");
        var advertised = (await server.GetAsync("/ServiceProviderConfig")).Object["pagination"]!["cursorTimeout"];

        Assert.Multiple(() =>
        {
            Assert.That((late.Status, (string?)late.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "expiredCursor")));
            Assert.That((int?)advertised, Is.EqualTo(1));
        });
    }
}
