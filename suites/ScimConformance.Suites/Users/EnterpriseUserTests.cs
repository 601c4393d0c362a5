using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §3.3 and §4.3: the enterprise User extension survives a round trip, and its manager names a user by id and URI.</summary>
public sealed class EnterpriseUserTests : ScimFixture
{
    private static readonly string[] ExtensionAttributes = ["employeeNumber", "costCenter", "organization", "department"];

    [Test]
    [ScimTest("USR-040", "Enterprise extension values round-trip inside their URN object", Areas.Users, Severity.Medium, "R7643-3.3-03", "R7643-3-02",
        Needs = [Capability.EnterpriseUser],
        Remediation = "Store the attributes under \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\" and return them there, with the URN in schemas.")]
    public async Task Enterprise_extension_round_trips()
    {
        var body = Run.Data.User(includeEnterprise: true);
        var user = await CreateUserAsync(body);

        var response = await Client.GetAsync(Endpoints.User(IdOf(user)));

        Responses.SetUp(response, "GET of the created user");
        var read = response.Object;
        Verify.That(read.Strings("schemas").Contains(ScimUris.EnterpriseUser, StringComparer.OrdinalIgnoreCase), "R7643-3-02",
            $"expected schemas to list {ScimUris.EnterpriseUser}, got {read.Attr("schemas").Show()}.");
        var sent = body.Object(ScimUris.EnterpriseUser);
        var got = read.Object(ScimUris.EnterpriseUser);
        var lost = ExtensionAttributes.Where(a => sent.Text(a) != got.Text(a))
            .Select(a => $"{a}: sent {sent.At(a).Show()}, got {got.At(a).Show()}").ToArray();
        Verify.That(lost.Length == 0, "R7643-3.3-03",
            $"expected the enterprise attributes inside the extension object; {string.Join("; ", lost)}.");
    }

    [Test]
    [ScimTest("USR-100", "A manager set by id comes back with manager.$ref naming that user", Areas.Users, Severity.Low, "R7643-4.3-01",
        Needs = [Capability.EnterpriseUser],
        Remediation = "Return the enterprise manager with value (the manager's id) and $ref (the manager's URI, …/Users/{id}), as RFC 7643 §4.3 recommends.")]
    public async Task Manager_carries_ref()
    {
        var manager = IdOf(await CreateUserAsync());
        var body = Run.Data.User(includeEnterprise: true);
        body.Object(ScimUris.EnterpriseUser)!["manager"] = new JsonObject { ["value"] = manager };
        var path = Endpoints.User(IdOf(await CreateUserAsync(body)));

        var read = await ReadSetUpAsync(path, "reading the user back");
        var held = read.Object(ScimUris.EnterpriseUser)?.Object("manager");
        Verify.Precondition(held.Text("value") == manager,
            $"GET {path} shows manager {held.Show()} after POST /Users set manager.value = {manager}, so whether $ref names that user cannot be told.");
        var reference = held.Text("$ref");
        Verify.Should(reference is not null && Locations.PointsAt(reference, "Users", manager), "R7643-4.3-01",
            $"GET {path} shows manager {held.Show()} after POST /Users set manager.value = {manager}; manager.$ref should be the URI of Users/{manager}.");
    }
}
