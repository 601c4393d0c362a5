using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.ReferenceServer;

[TestFixture]
[Category("ReferenceServer")]
public sealed class FilterTests
{
    private ScimTestServer _server = null!;
    private readonly Dictionary<string, string> _ids = [];

    [OneTimeSetUp]
    public async Task Start()
    {
        _server = await ScimTestServer.StartAsync();
        await Create("flt-anna", "Anna", "Lopez", "anna@Example.com", true, "EXT-1");
        await Create("flt-bert", "Bert", "Lopez", "bert@example.org", false, "ext-1");
        await Create("flt-cleo", "Cleo", "Smith", "cleo@example.com", true, null);
    }

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    private async Task Create(string userName, string given, string family, string email, bool active, string? externalId)
    {
        var user = ScimTestServer.NewUser(userName);
        user["name"] = new JsonObject { ["givenName"] = given, ["familyName"] = family };
        user["displayName"] = given + " " + family;
        user["active"] = active;
        user["emails"] = new JsonArray(new JsonObject { ["value"] = email, ["type"] = "work" });
        if (externalId is not null)
        {
            user["externalId"] = externalId;
        }

        _ids[userName] = await _server.CreateUserAsync(user);
    }

    private async Task<string[]> Matching(string filter)
    {
        var reply = await _server.GetAsync("/Users?filter=" + Uri.EscapeDataString(filter));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK), reply.ToString());
        return reply.Listed.Select(r => (string)r["userName"]!).Order(StringComparer.Ordinal).ToArray();
    }

    [TestCase("userName eq \"FLT-ANNA\"", new[] { "flt-anna" }, TestName = "eq on userName ignores case (caseExact=false)")]
    [TestCase("userName ne \"flt-anna\" and userName sw \"flt-\"", new[] { "flt-bert", "flt-cleo" })]
    [TestCase("name.familyName co \"opE\"", new[] { "flt-anna", "flt-bert" })]
    [TestCase("emails.value ew \"EXAMPLE.COM\"", new[] { "flt-anna", "flt-cleo" })]
    [TestCase("emails co \"bert@\"", new[] { "flt-bert" }, TestName = "a multi-valued attribute without sub-attribute compares its value")]
    [TestCase("emails[type eq \"work\" and value sw \"cleo\"]", new[] { "flt-cleo" })]
    [TestCase("externalId eq \"ext-1\"", new[] { "flt-bert" }, TestName = "eq on externalId is case-exact")]
    [TestCase("externalId pr and userName sw \"flt-\"", new[] { "flt-anna", "flt-bert" })]
    [TestCase("active eq false", new[] { "flt-bert" })]
    [TestCase("userName sw \"flt-\" and not (active eq true)", new[] { "flt-bert" })]
    [TestCase("(displayName eq \"cleo smith\" or displayName eq \"anna lopez\") and userName sw \"FLT\"", new[] { "flt-anna", "flt-cleo" })]
    [TestCase("userName sw \"flt-\" and not (externalId pr)", new[] { "flt-cleo" }, TestName = "not over an absent attribute is true")]
    [TestCase("USERNAME EQ \"flt-cleo\"", new[] { "flt-cleo" }, TestName = "attribute names and operators ignore case")]
    [TestCase("urn:ietf:params:scim:schemas:core:2.0:User:userName eq \"flt-bert\"", new[] { "flt-bert" })]
    [TestCase("userName gt \"flt-bert\" and userName lt \"flt-z\"", new[] { "flt-cleo" })]
    public async Task Filter_selects_the_expected_users(string filter, string[] expected) =>
        Assert.That(await Matching(filter), Is.EqualTo(expected));

    [Test]
    public async Task Id_and_meta_lastModified_can_be_filtered()
    {
        var id = _ids["flt-bert"];
        Assert.That(await Matching($"id eq \"{id}\""), Is.EqualTo((string[])["flt-bert"]));
        Assert.That(await Matching($"id eq \"{id.ToUpperInvariant()}\""), Is.Empty, "id is caseExact");
        Assert.That(await Matching("meta.lastModified gt \"2000-01-01T00:00:00Z\" and userName sw \"flt-\""), Has.Length.EqualTo(3));
        Assert.That(await Matching("meta.lastModified lt \"2000-01-01T00:00:00Z\""), Is.Empty);
    }

    [TestCase("userName eq")]
    [TestCase("userName xx \"a\"")]
    [TestCase("(userName eq \"a\"")]
    [TestCase("userName eq \"unterminated")]
    [TestCase("noSuchAttribute eq \"a\"")]
    [TestCase("active gt true")]
    [TestCase("name eq \"x\"")]
    public async Task Invalid_filter_is_400_invalidFilter(string filter)
    {
        var reply = await _server.GetAsync("/Users?filter=" + Uri.EscapeDataString(filter));

        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)reply.Object["scimType"], Is.EqualTo("invalidFilter"));
    }

    [Test]
    public async Task Paging_honours_startIndex_and_count()
    {
        var filter = Uri.EscapeDataString("userName sw \"flt-\"");
        var page = (await _server.GetAsync($"/Users?filter={filter}&startIndex=2&count=1")).Object;
        var countOnly = (await _server.GetAsync($"/Users?filter={filter}&count=0")).Object;
        var clamped = (await _server.GetAsync($"/Users?filter={filter}&startIndex=-4&count=-1")).Object;

        Assert.Multiple(() =>
        {
            Assert.That((int)page["totalResults"]!, Is.EqualTo(3));
            Assert.That((int)page["itemsPerPage"]!, Is.EqualTo(1));
            Assert.That((int)page["startIndex"]!, Is.EqualTo(2));
            Assert.That((string?)page["Resources"]![0]!["userName"], Is.EqualTo("flt-bert"));
            Assert.That((string?)page["schemas"]![0], Is.EqualTo("urn:ietf:params:scim:api:messages:2.0:ListResponse"));
            Assert.That((int)countOnly["totalResults"]!, Is.EqualTo(3));
            Assert.That(countOnly["Resources"]!.AsArray(), Is.Empty);
            Assert.That((int)clamped["startIndex"]!, Is.EqualTo(1));
            Assert.That(clamped["Resources"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task Search_with_post_matches_get()
    {
        var reply = await _server.PostAsync("/Users/.search", new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:SearchRequest"),
            ["filter"] = "name.givenName eq \"cleo\"",
            ["attributes"] = new JsonArray("userName"),
        });

        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reply.Listed.Select(r => (string?)r["userName"]), Is.EqualTo((string?[])["flt-cleo"]));
        Assert.That(reply.Listed[0]["name"], Is.Null);
    }
}
