using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;

// Expected orders read best inline in assertions; each runs once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>The compliant server's list behaviour: sortBy/sortOrder, paging edges, root .search and projection.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class QueryListTests
{
    private const string SearchRequest = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";
    private ScimTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Seed()
    {
        _server = await ScimTestServer.StartAsync(0);
        // bravo: b@ first, a@ second, none primary. Charlie: c@ first, z@ second and primary.
        await _server.CreateUserAsync(User("q-bravo", "Zed", ("b@example.com", false), ("a@example.com", false)));
        await _server.CreateUserAsync(User("Q-alpha", null));
        await _server.CreateUserAsync(User("q-Charlie", "amy", ("c@example.com", false), ("z@example.com", true)));
        await _server.CreateUserAsync(User("q-delta", "Bob"));
        await _server.CreateGroupAsync("q-group");
    }

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Service_provider_config_advertises_sort()
    {
        var config = await _server.GetAsync("/ServiceProviderConfig");
        Assert.That((bool?)config.Object["sort"]!["supported"], Is.True);
    }

    [Test]
    public async Task SortBy_alone_sorts_ascending_ignoring_case()
    {
        Assert.That(await UserNamesAsync("sortBy=userName"), Is.EqualTo(new[] { "Q-alpha", "q-bravo", "q-Charlie", "q-delta" }));
        Assert.That(await UserNamesAsync("sortBy=UserName&sortOrder=ascending"), Is.EqualTo(new[] { "Q-alpha", "q-bravo", "q-Charlie", "q-delta" }));
    }

    [Test]
    public async Task Descending_reverses_the_order()
    {
        Assert.That(await UserNamesAsync("sortBy=userName&sortOrder=descending"), Is.EqualTo(new[] { "q-delta", "q-Charlie", "q-bravo", "Q-alpha" }));
    }

    [Test]
    public async Task Missing_values_sort_last_ascending_and_first_descending()
    {
        // title: amy, Bob, Zed (case-insensitive); Q-alpha has none.
        Assert.That(await UserNamesAsync("sortBy=title"), Is.EqualTo(new[] { "q-Charlie", "q-delta", "q-bravo", "Q-alpha" }));
        Assert.That(await UserNamesAsync("sortBy=title&sortOrder=descending"), Is.EqualTo(new[] { "Q-alpha", "q-bravo", "q-delta", "q-Charlie" }));
    }

    [Test]
    public async Task Multi_valued_sort_uses_the_primary_else_the_first_value()
    {
        // bravo: first b@ (no primary); Charlie: primary z@; alpha and delta: no emails, last in storage order.
        Assert.That(await UserNamesAsync("sortBy=emails.value"), Is.EqualTo(new[] { "q-bravo", "q-Charlie", "Q-alpha", "q-delta" }));
    }

    [Test]
    public async Task Sorting_happens_before_paging()
    {
        Assert.That(await UserNamesAsync("sortBy=userName&startIndex=2&count=2"), Is.EqualTo(new[] { "q-bravo", "q-Charlie" }));
    }

    [TestCase("sortBy=nosuchattribute")]
    [TestCase("sortBy=userName&sortOrder=sideways")]
    public async Task Bad_sort_parameters_are_400_invalid_value(string query)
    {
        var reply = await _server.GetAsync("/Users?" + query);
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadRequest), reply.ToString());
        Assert.That((string?)reply.Object["scimType"], Is.EqualTo("invalidValue"));
    }

    [TestCase("0")]
    [TestCase("-4")]
    public async Task Start_index_below_one_reads_as_one(string startIndex)
    {
        var reply = await _server.GetAsync("/Users?sortBy=userName&count=1&startIndex=" + startIndex);
        Assert.That(reply.Listed.Select(u => (string?)u["userName"]), Is.EqualTo(new[] { "Q-alpha" }));
        Assert.That((int?)reply.Object["startIndex"], Is.EqualTo(1));
    }

    [TestCase("0")]
    [TestCase("-1")]
    public async Task Count_zero_or_negative_gives_total_only(string count)
    {
        var reply = await _server.GetAsync("/Users?count=" + count);
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reply.Listed, Is.Empty);
        Assert.That((int?)reply.Object["totalResults"], Is.EqualTo(4));
    }

    [Test]
    public async Task Count_above_max_results_is_capped_not_refused()
    {
        await using var server = await ScimTestServer.StartAsync(205);
        var reply = await server.GetAsync("/Users?count=1000");
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reply.Listed, Has.Count.EqualTo(200));
        Assert.That((int?)reply.Object["totalResults"], Is.EqualTo(205));
    }

    [Test]
    public async Task Root_search_spans_users_and_groups()
    {
        var reply = await _server.PostAsync("/.search", Search("userName sw \"q-b\" or displayName eq \"q-group\""));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK), reply.ToString());
        Assert.That(reply.Listed.Select(r => (string?)r["meta"]!["resourceType"]), Is.EquivalentTo(new[] { "User", "Group" }));
        Assert.That((int?)reply.Object["totalResults"], Is.EqualTo(2));
    }

    [Test]
    public async Task Root_search_sorts_and_pages_across_types()
    {
        var body = Search("userName pr or displayName pr");
        body["sortBy"] = "userName";
        body["count"] = 2;
        body["startIndex"] = 4;
        var reply = await _server.PostAsync("/.search", body);
        Assert.That((int?)reply.Object["totalResults"], Is.EqualTo(5));
        // The group lacks userName, so it sorts last.
        Assert.That(reply.Listed.Select(r => (string?)r["userName"] ?? (string?)r["displayName"]), Is.EqualTo(new[] { "q-delta", "q-group" }));
    }

    [Test]
    public async Task Root_search_still_refuses_malformed_filters()
    {
        var reply = await _server.PostAsync("/.search", Search("userName eq"));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)reply.Object["scimType"], Is.EqualTo("invalidFilter"));
    }

    [Test]
    public async Task Search_body_sort_and_attributes_act_like_query_parameters()
    {
        var body = Search("userName sw \"q\"");
        body["sortBy"] = "userName";
        body["sortOrder"] = "descending";
        body["attributes"] = new JsonArray("title");
        var reply = await _server.PostAsync("/Users/.search", body);
        Assert.That(reply.Listed.Select(u => (string?)u["id"]), Has.All.Not.Null);
        Assert.That(reply.Listed.Any(u => u.ContainsKey("userName") || u.ContainsKey("emails")), Is.False);
        Assert.That(reply.Listed.Select(u => (string?)u["title"]), Is.EqualTo(new[] { "Bob", "amy", "Zed", null }));
    }

    [Test]
    public async Task Excluded_attributes_keep_id_and_schemas()
    {
        var reply = await _server.GetAsync("/Users?excludedAttributes=id,schemas,emails");
        Assert.That(reply.Listed.All(u => u.ContainsKey("id") && u.ContainsKey("schemas") && !u.ContainsKey("emails")), Is.True, reply.ToString());
    }

    private async Task<string?[]> UserNamesAsync(string query)
    {
        var reply = await _server.GetAsync("/Users?" + query);
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK), reply.ToString());
        return reply.Listed.Select(u => (string?)u["userName"]).ToArray();
    }

    private static JsonObject Search(string filter) => new() { ["schemas"] = new JsonArray(SearchRequest), ["filter"] = filter };

    private static JsonObject User(string userName, string? title, params (string Value, bool Primary)[] emails)
    {
        var user = ScimTestServer.NewUser(userName);
        if (title is not null) user["title"] = title;
        if (emails.Length > 0)
        {
            user["emails"] = new JsonArray(emails.Select(e => (JsonNode?)(e.Primary
                ? new JsonObject { ["value"] = e.Value, ["primary"] = true }
                : new JsonObject { ["value"] = e.Value })).ToArray());
        }

        return user;
    }
}
