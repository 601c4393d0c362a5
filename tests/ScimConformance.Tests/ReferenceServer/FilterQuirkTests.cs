using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>The filtering, search and paging quirk switches.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class FilterQuirkTests
{
    private static async Task<ScimReply> FilterAsync(ScimTestServer server, string filter) =>
        await server.GetAsync("/Users?filter=" + Uri.EscapeDataString(filter));

    private static string? ScimType(ScimReply reply) => reply.Body is JsonObject body ? (string?)body["scimType"] : null;

    [Test]
    public async Task No_sw_refuses_only_sw()
    {
        await using var server = await ScimTestServer.StartAsync(0, FilterQuirks.FilterNoSw);
        await server.CreateUserAsync("nosw-alice");
        var sw = await FilterAsync(server, "userName sw \"nosw\"");
        var co = await FilterAsync(server, "userName co \"nosw\"");

        Assert.Multiple(() =>
        {
            Assert.That((sw.Status, ScimType(sw)), Is.EqualTo((HttpStatusCode.BadRequest, "invalidFilter")));
            Assert.That((int?)co.Object["totalResults"], Is.EqualTo(1));
        });
    }

    [Test]
    public async Task No_nested_parentheses_takes_one_level_only()
    {
        await using var server = await ScimTestServer.StartAsync(0, FilterQuirks.FilterNoNestedParentheses);
        await server.CreateUserAsync("paren-alice");
        var flat = await FilterAsync(server, "(userName eq \"paren-alice\") and (userName pr)");
        var nested = await FilterAsync(server, "((userName eq \"paren-alice\"))");
        var inner = await FilterAsync(server, "userName pr and (userName eq \"x\" or (userName eq \"paren-alice\"))");

        Assert.Multiple(() =>
        {
            Assert.That((int?)flat.Object["totalResults"], Is.EqualTo(1));
            Assert.That((nested.Status, ScimType(nested)), Is.EqualTo((HttpStatusCode.BadRequest, "invalidFilter")));
            Assert.That((inner.Status, ScimType(inner)), Is.EqualTo((HttpStatusCode.BadRequest, "invalidFilter")));
        });
    }

    [TestCase("userName ne \"x\"")]
    [TestCase("userName co \"eq\"")]
    [TestCase("userName pr")]
    [TestCase("meta.created gt \"2020-01-01T00:00:00Z\"")]
    [TestCase("not (userName eq \"eqonly-alice\")")]
    [TestCase("emails[type ne \"work\"]")]
    public async Task Eq_only_refuses_every_other_operator(string filter)
    {
        await using var server = await ScimTestServer.StartAsync(0, FilterQuirks.FilterEqOnly);
        var reply = await FilterAsync(server, filter);
        Assert.That((reply.Status, ScimType(reply)), Is.EqualTo((HttpStatusCode.BadRequest, "invalidFilter")));
    }

    [Test]
    public async Task Eq_only_answers_eq_joined_by_and_or()
    {
        await using var server = await ScimTestServer.StartAsync(0, FilterQuirks.FilterEqOnly);
        await server.CreateUserAsync("eqonly-alice");
        await server.CreateUserAsync("eqonly-bob");
        var reply = await FilterAsync(server, "userName eq \"eqonly-alice\" or userName eq \"eqonly-bob\" and active eq true");
        Assert.That((int?)reply.Object["totalResults"], Is.EqualTo(1), "and binds tighter: bob has no active value");
    }

    [Test]
    public async Task Search_405_refuses_post_searches_with_an_allow_header()
    {
        await using var server = await ScimTestServer.StartAsync(0, FilterQuirks.SearchNotAllowed);
        var body = new JsonObject { ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:SearchRequest") };
        var typed = await server.PostAsync("/Users/.search", body);
        var root = await server.PostAsync("/.search", body);
        var get = await server.GetAsync("/Users");

        Assert.Multiple(() =>
        {
            Assert.That(typed.Status, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That(root.Status, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
            Assert.That((string?)typed.Object["status"], Is.EqualTo("405"));
            Assert.That(get.Status, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Pr_matches_empty_strings_under_the_switch_only()
    {
        async Task<int?> CountAsync(params string[] defects)
        {
            await using var server = await ScimTestServer.StartAsync(0, defects);
            var empty = ScimTestServer.NewUser("pr-empty");
            empty["title"] = "";
            var full = ScimTestServer.NewUser("pr-full");
            full["title"] = "Lead";
            await server.CreateUserAsync(empty);
            await server.CreateUserAsync(full);
            return (int?)(await FilterAsync(server, "title pr")).Object["totalResults"];
        }

        Assert.That(await CountAsync(), Is.EqualTo(1));
        Assert.That(await CountAsync(FilterQuirks.PrMatchesEmpty), Is.EqualTo(2));
    }

    [Test]
    public async Task Count_above_max_results_is_capped_unless_the_switch_is_on()
    {
        async Task<int?> PageSizeAsync(params string[] defects)
        {
            await using var server = await ScimTestServer.StartAsync(230, defects);
            return (int?)(await server.GetAsync("/Users?count=300")).Object["itemsPerPage"];
        }

        Assert.That(await PageSizeAsync(), Is.EqualTo(200));
        Assert.That(await PageSizeAsync(FilterQuirks.CountNotCapped), Is.EqualTo(230));
    }
}
