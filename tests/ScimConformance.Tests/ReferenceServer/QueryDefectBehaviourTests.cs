using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>
/// Each query defect switch changes list behaviour: the same request is sent to a compliant server and to one
/// with the switch on, and the answers differ in the way the defect names.
/// </summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class QueryDefectBehaviourTests
{
    private static readonly string[] OnlyAlpha = ["q-alpha"];
    private static readonly string[] OnlyBeta = ["q-beta"];
    private static readonly string[] BetaAndGamma = ["q-beta", "q-gamma"];

    [Test]
    public async Task Filter_precedence_wrong()
    {
        // a or b and c: with "and" binding tighter only a matches; with "or" binding tighter nothing does.
        const string filter = "userName eq \"q-alpha\" or userName eq \"q-beta\" and title eq \"nobody\"";
        Assert.That(await UserNamesMatchingAsync(null, filter), Is.EqualTo(OnlyAlpha));
        Assert.That(await UserNamesMatchingAsync("filter-precedence-wrong", filter), Is.Empty);
    }

    [TestCase("userName zz \"q-alpha\"")]
    [TestCase("userName eq \"q-alpha\" and (")]
    public async Task Invalid_filter_500(string filter)
    {
        await using var compliant = await ScimTestServer.StartAsync(0);
        await using var defective = await ScimTestServer.StartAsync(0, "invalid-filter-500");
        var good = await compliant.GetAsync("/Users?filter=" + Uri.EscapeDataString(filter));
        var bad = await defective.GetAsync("/Users?filter=" + Uri.EscapeDataString(filter));

        Assert.That(good.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)good.Object["scimType"], Is.EqualTo("invalidFilter"));
        Assert.That(bad.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(bad.Object["schemas"]!.AsArray().Select(s => (string?)s), Does.Contain("urn:ietf:params:scim:api:messages:2.0:Error"));
        Assert.That((string?)bad.Object["status"], Is.EqualTo("500"));
        Assert.That(bad.Object.ContainsKey("scimType"), Is.False);
        Assert.That(bad.Raw, Does.Not.Contain(" at ").And.Not.Contain("Exception").And.Not.Contain("zz"));
    }

    [Test]
    public async Task Invalid_filter_500_leaves_valid_filters_alone()
    {
        await using var defective = await ScimTestServer.StartAsync(0, "invalid-filter-500");
        await defective.CreateUserAsync("q-alpha");
        var reply = await defective.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName eq \"q-alpha\""));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reply.Listed, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Start_index_zero_based()
    {
        await using var compliant = await ScimTestServer.StartAsync(3);
        await using var defective = await ScimTestServer.StartAsync(3, "start-index-zero-based");
        var all = (await compliant.GetAsync("/Users")).Listed.Select(u => (string?)u["id"]).ToArray();
        var firstPage = await compliant.GetAsync("/Users?startIndex=1&count=2");
        var skewedPage = await defective.GetAsync("/Users?startIndex=1&count=2");

        var defectiveAll = (await defective.GetAsync("/Users")).Listed.Select(u => (string?)u["id"]).ToArray();

        Assert.That(all, Has.Length.EqualTo(3));
        Assert.That(firstPage.Listed.Select(u => (string?)u["id"]), Is.EqualTo(all[..2]));
        Assert.That(defectiveAll, Has.Length.EqualTo(3), "without startIndex the list starts at the first result");
        Assert.That(skewedPage.Listed.Select(u => (string?)u["id"]), Is.EqualTo(defectiveAll[1..]), "startIndex=1 skips the first result");
        Assert.That((int?)skewedPage.Object["totalResults"], Is.EqualTo(3));
        Assert.That((int?)skewedPage.Object["startIndex"], Is.EqualTo(1));
    }

    [Test]
    public async Task Filter_ne_includes_missing_multivalued()
    {
        const string filter = "emails.value ne \"q-alpha@example.com\"";
        Assert.That(await UserNamesMatchingAsync(null, filter), Is.EqualTo(OnlyBeta));
        Assert.That(await UserNamesMatchingAsync("filter-ne-includes-missing-multivalued", filter), Is.EquivalentTo(BetaAndGamma));

        // Single-valued ne is unchanged: a missing title still counts as "not equal" in both.
        const string singleValued = "title ne \"Boss\"";
        Assert.That(
            await UserNamesMatchingAsync("filter-ne-includes-missing-multivalued", singleValued),
            Is.EquivalentTo(await UserNamesMatchingAsync(null, singleValued)));
    }

    /// <summary>Seeds q-alpha (title Boss, one email), q-beta (another email) and q-gamma (no emails) and lists who matches.</summary>
    private static async Task<string?[]> UserNamesMatchingAsync(string? defect, string filter)
    {
        await using var server = defect is null ? await ScimTestServer.StartAsync(0) : await ScimTestServer.StartAsync(0, defect);
        var alpha = ScimTestServer.NewUser("q-alpha");
        alpha["title"] = "Boss";
        alpha["emails"] = new JsonArray(new JsonObject { ["value"] = "q-alpha@example.com", ["type"] = "work" });
        var beta = ScimTestServer.NewUser("q-beta");
        beta["emails"] = new JsonArray(new JsonObject { ["value"] = "q-beta@example.com", ["type"] = "work" });
        await server.CreateUserAsync(alpha);
        await server.CreateUserAsync(beta);
        await server.CreateUserAsync("q-gamma");

        var reply = await server.GetAsync("/Users?filter=" + Uri.EscapeDataString(filter));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK), reply.ToString());
        return reply.Listed.Select(u => (string?)u["userName"]).ToArray();
    }
}
