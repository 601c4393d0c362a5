using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Users;

/// <summary>
/// RFC 7643 §3: schemas names every schema whose attributes a representation uses. A body carrying enterprise attributes
/// while its schemas leaves the extension out does not conform, and RFC 7644 §3.12 asks (SHOULD) for 400 invalidSyntax;
/// a lenient server that takes the data anyway only warns, unless it then serves the attributes without their URN (MUST).
/// </summary>
public sealed class ExtensionSchemasTests : ScimFixture
{
    [Test]
    [ScimTest("USR-044", "Extension attributes sent without their URN in schemas are refused, and never served without it", Areas.Users, Severity.Medium,
        "R7644-3.12-05", "R7643-3-01",
        Needs = [Capability.EnterpriseUser],
        Remediation = "Refuse a body whose schemas leaves out an extension whose attributes it carries (400 invalidSyntax); a resource holding extension attributes always lists the extension URN in schemas.")]
    public async Task Extension_without_its_urn_is_refused()
    {
        var body = Run.Data.User(includeEnterprise: true);
        body["schemas"] = new JsonArray(ScimUris.User);
        var what = $"POST /{Endpoints.Users} carrying {ScimUris.EnterpriseUser} attributes while schemas lists only {ScimUris.User}";

        var response = await PostUserAsync(body);
        // Any refusal of the client's error is what the RFC asks; anything else but a success goes by the outcome policy.
        if (ResponseClasses.Of(response.Status) == ResponseClass.Refused) return;
        if (!Responses.Subject(response, "R7644-3.12-05", $"{what} (400 invalidSyntax expected)")) return;

        var id = IdOf(CreatedView(response, "a user whose schemas leaves out its extension"));
        var served = await ReadSetUpAsync(Endpoints.User(id), "after the accepted POST");
        if (served.Object(ScimUris.EnterpriseUser) is not null)
        {
            Verify.That(served.Strings("schemas").Contains(ScimUris.EnterpriseUser, StringComparer.OrdinalIgnoreCase), "R7643-3-01",
                $"{what} was accepted and the user is served with enterprise attributes while its schemas is {served.At("schemas").Show()}; "
                + "schemas must name every schema whose attributes the resource carries.");
        }

        Verify.That(false, "R7644-3.12-05",
            $"{what} was accepted ({Describe(response)}); a body that does not conform to its schemas should be refused with 400 invalidSyntax, "
            + "and a client relying on the repair breaks on strict servers.");
    }
}
