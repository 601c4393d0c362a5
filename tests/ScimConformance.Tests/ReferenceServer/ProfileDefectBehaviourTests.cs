using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>
/// The identity-provider request shapes the compliant server accepts, and how each profile defect switch
/// changes the answer to the same request.
/// </summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class ProfileDefectBehaviourTests
{
    [Test]
    public async Task A_no_path_replace_repeating_the_own_id_is_accepted_unless_the_defect_is_on()
    {
        await using var compliant = await ScimTestServer.StartAsync(0);
        await using var defective = await ScimTestServer.StartAsync(0, "patch-readonly-id-rejected");
        foreach (var (server, expected) in new[] { (compliant, HttpStatusCode.OK), (defective, HttpStatusCode.BadRequest) })
        {
            var group = await server.CreateGroupAsync("p-group");
            var own = await server.PatchAsync("/Groups/" + group, ScimTestServer.Op("replace", null, new JsonObject { ["id"] = group, ["displayName"] = "p-renamed" }));
            Assert.That(own.Status, Is.EqualTo(expected), own.ToString());
            // Another id is a real modification of a readOnly attribute: refused either way.
            var other = await server.PatchAsync("/Groups/" + group, ScimTestServer.Op("replace", null, new JsonObject { ["id"] = "someone-else" }));
            Assert.That(other.Status, Is.EqualTo(HttpStatusCode.BadRequest), other.ToString());
            Assert.That((string?)other.Object["scimType"], Is.EqualTo("mutability"));
        }
        var renamed = await compliant.GetAsync("/Groups?filter=" + Uri.EscapeDataString("displayName eq \"p-renamed\""));
        Assert.That((int?)renamed.Object["totalResults"], Is.EqualTo(1));
    }

    [Test]
    public async Task Capitalised_ops_are_accepted_unless_op_names_are_case_sensitive()
    {
        await using var compliant = await ScimTestServer.StartAsync(0);
        await using var defective = await ScimTestServer.StartAsync(0, "patch-op-case-sensitive");
        var good = await compliant.PatchAsync("/Users/" + await compliant.CreateUserAsync("p-a"), ScimTestServer.Op("Replace", "displayName", "X"));
        var bad = await defective.PatchAsync("/Users/" + await defective.CreateUserAsync("p-a"), ScimTestServer.Op("Replace", "displayName", "X"));
        Assert.That(good.Status, Is.EqualTo(HttpStatusCode.OK), good.ToString());
        Assert.That(bad.Status, Is.EqualTo(HttpStatusCode.BadRequest), bad.ToString());
        Assert.That((string?)bad.Object["scimType"], Is.EqualTo("invalidSyntax"));
    }

    [TestCase(null, HttpStatusCode.OK, false)]
    [TestCase("string-booleans-500", HttpStatusCode.InternalServerError, true)]
    [TestCase("string-false-is-truthy", HttpStatusCode.OK, true)]
    public async Task String_false_deactivates_only_on_the_compliant_server(string? defect, HttpStatusCode status, bool staysActive)
    {
        await using var server = defect is null ? await ScimTestServer.StartAsync(0) : await ScimTestServer.StartAsync(0, defect);
        var id = await server.CreateUserAsync("p-leaver");
        var reply = await server.PatchAsync("/Users/" + id, ScimTestServer.Op("Replace", "active", "False"));
        Assert.That(reply.Status, Is.EqualTo(status), reply.ToString());
        var user = await server.GetAsync("/Users/" + id);
        Assert.That((bool?)user.Object["active"] ?? true, Is.EqualTo(staysActive));
    }

    [Test]
    public async Task A_plus_in_the_filter_is_a_space_unless_the_raw_query_is_decoded_by_hand()
    {
        await using var compliant = await ScimTestServer.StartAsync(0);
        await using var defective = await ScimTestServer.StartAsync(0, "filter-plus-not-decoded");
        await compliant.CreateUserAsync("p-entra");
        await defective.CreateUserAsync("p-entra");
        const string plus = "/Users?filter=userName+eq+%22p-entra%22";
        const string percent = "/Users?filter=userName%20eq%20%22p-entra%22";
        Assert.That((int?)(await compliant.GetAsync(plus)).Object["totalResults"], Is.EqualTo(1));
        var bad = await defective.GetAsync(plus);
        Assert.That(bad.Status, Is.EqualTo(HttpStatusCode.BadRequest), bad.ToString());
        Assert.That((string?)bad.Object["scimType"], Is.EqualTo("invalidFilter"));
        Assert.That((int?)(await defective.GetAsync(percent)).Object["totalResults"], Is.EqualTo(1), "%20 still works");
    }
}
