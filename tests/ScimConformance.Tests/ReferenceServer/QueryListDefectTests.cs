using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;

// Expected orders read best inline in assertions; each runs once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>
/// The sort, paging, projection, filter and .search defect switches: the same request to a compliant server and to
/// one with the switch on, and the answers differ exactly as the defect describes.
/// </summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class QueryListDefectTests
{
    [Test]
    public async Task Sort_ignored_keeps_storage_order()
    {
        Assert.That(await UserNamesAsync(null, "/Users?sortBy=userName"), Is.EqualTo(new[] { "q-a", "q-b", "q-c" }));
        Assert.That(await UserNamesAsync("sort-ignored", "/Users?sortBy=userName"), Is.EqualTo(new[] { "q-c", "q-a", "q-b" }));
    }

    [Test]
    public async Task Sort_descending_ignored_sorts_ascending()
    {
        Assert.That(await UserNamesAsync(null, "/Users?sortBy=userName&sortOrder=descending"), Is.EqualTo(new[] { "q-c", "q-b", "q-a" }));
        Assert.That(await UserNamesAsync("sort-descending-ignored", "/Users?sortBy=userName&sortOrder=descending"), Is.EqualTo(new[] { "q-a", "q-b", "q-c" }));
    }

    [Test]
    public async Task Sort_missing_first_puts_resources_without_a_value_first()
    {
        // Only q-c and q-a have a title.
        Assert.That(await UserNamesAsync(null, "/Users?sortBy=title"), Is.EqualTo(new[] { "q-c", "q-a", "q-b" }));
        Assert.That(await UserNamesAsync("sort-missing-first", "/Users?sortBy=title"), Is.EqualTo(new[] { "q-b", "q-c", "q-a" }));
    }

    [TestCase("0")]
    [TestCase("-3")]
    public async Task Count_zero_returns_resources(string count)
    {
        Assert.That(await UserNamesAsync(null, "/Users?count=" + count), Is.Empty);
        Assert.That(await UserNamesAsync("count-zero-returns-resources", "/Users?count=" + count), Has.Length.EqualTo(3));
    }

    [Test]
    public async Task Count_above_max_500()
    {
        await using var server = await SeededAsync("count-above-max-500");
        Assert.That((await server.GetAsync("/Users?count=201")).Status, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That((await server.GetAsync("/Users?count=200")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Excluded_attributes_ignored_on_lists_only()
    {
        await using var server = await SeededAsync("excluded-attributes-ignored");
        var listed = (await server.GetAsync("/Users?excludedAttributes=title&filter=" + Uri.EscapeDataString("title pr"))).Listed;
        Assert.That(listed.All(u => u.ContainsKey("title")), Is.True);
        var id = (string)listed[0]["id"]!;
        Assert.That((await server.GetAsync($"/Users/{id}?excludedAttributes=title")).Object.ContainsKey("title"), Is.False);
    }

    [Test]
    public async Task Attributes_drops_always_removes_id_and_schemas()
    {
        await using var compliant = await SeededAsync(null);
        await using var defective = await SeededAsync("attributes-drops-always");
        Assert.That((await compliant.GetAsync("/Users?attributes=userName")).Listed.All(u => u.ContainsKey("id") && u.ContainsKey("schemas")), Is.True);
        Assert.That((await defective.GetAsync("/Users?attributes=userName")).Listed.Any(u => u.ContainsKey("id") || u.ContainsKey("schemas")), Is.False);
        Assert.That((await defective.GetAsync("/Users")).Listed.All(u => u.ContainsKey("id")), Is.True, "without attributes= nothing changes");
    }

    [Test]
    public async Task Filter_co_as_sw()
    {
        const string filter = "/Users?filter=userName%20co%20%22-b%22";
        Assert.That(await UserNamesAsync(null, filter), Is.EqualTo(new[] { "q-b" }));
        Assert.That(await UserNamesAsync("filter-co-as-sw", filter), Is.Empty);
        Assert.That(await UserNamesAsync("filter-co-as-sw", "/Users?filter=userName%20co%20%22q-b%22"), Is.EqualTo(new[] { "q-b" }));
    }

    [Test]
    public async Task Filter_urn_path_ignored()
    {
        var filter = "/Users?filter=" + Uri.EscapeDataString($"{ScimTestServer.EnterpriseSchema}:department eq \"Sales\"");
        Assert.That(await UserNamesAsync(null, filter), Is.EqualTo(new[] { "q-a" }));
        Assert.That(await UserNamesAsync("filter-urn-path-ignored", filter), Has.Length.EqualTo(3));
    }

    [Test]
    public async Task Date_time_compared_as_text()
    {
        // An hour before the users were created, written in +09:00: as an instant it precedes every creation; as text it
        // reads later than the stored UTC ("Z") timestamps.
        var before = DateTimeOffset.UtcNow.AddHours(-1).ToOffset(TimeSpan.FromHours(9))
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);
        var filter = "/Users?filter=" + Uri.EscapeDataString($"meta.created lt \"{before}\"");
        Assert.That(await UserNamesAsync(null, filter), Is.Empty);
        Assert.That(await UserNamesAsync("datetime-compared-as-text", filter), Has.Length.EqualTo(3));
    }

    [Test]
    public async Task Search_ignores_filter()
    {
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:SearchRequest"),
            ["filter"] = "userName eq \"q-a\"",
        };
        await using var compliant = await SeededAsync(null);
        await using var defective = await SeededAsync("search-ignores-filter");
        Assert.That((await compliant.PostAsync("/Users/.search", body)).Listed, Has.Count.EqualTo(1));
        Assert.That((await defective.PostAsync("/Users/.search", body)).Listed, Has.Count.EqualTo(3));
        Assert.That((await defective.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName eq \"q-a\""))).Listed, Has.Count.EqualTo(1), "GET is unaffected");
    }

    private static async Task<string?[]> UserNamesAsync(string? defect, string relative)
    {
        await using var server = await SeededAsync(defect);
        var reply = await server.GetAsync(relative);
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK), reply.ToString());
        return reply.Listed.Select(u => (string?)u["userName"]).ToArray();
    }

    /// <summary>q-c (title Lead), q-a (title Zoo, enterprise department Sales), q-b (no title), created in that order.</summary>
    private static async Task<ScimTestServer> SeededAsync(string? defect)
    {
        var server = defect is null ? await ScimTestServer.StartAsync(0) : await ScimTestServer.StartAsync(0, defect);
        var c = ScimTestServer.NewUser("q-c");
        c["title"] = "Lead";
        var a = ScimTestServer.NewUser("q-a");
        a["title"] = "Zoo";
        a["schemas"]!.AsArray().Add(ScimTestServer.EnterpriseSchema);
        a[ScimTestServer.EnterpriseSchema] = new JsonObject { ["department"] = "Sales" };
        await server.CreateUserAsync(c);
        await server.CreateUserAsync(a);
        await server.CreateUserAsync("q-b");
        return server;
    }
}
