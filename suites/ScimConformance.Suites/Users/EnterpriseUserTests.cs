using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7643 §3.3 and §4.3: the enterprise User extension survives a round trip.</summary>
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
}
