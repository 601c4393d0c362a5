using System.Globalization;
using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Errors;

/// <summary>RFC 7644 §3.3 and §3.12: the body of a 409 uniqueness conflict.</summary>
public sealed class ConflictErrorTests : ErrorFixture
{
    [Test]
    [ScimTest("ERR-008", "A duplicate userName conflict carries scimType uniqueness", Areas.Errors, Severity.Medium, "R7644-3.3-07",
        Remediation = "Answer a duplicate userName with 409 and \"scimType\": \"uniqueness\".")]
    public async Task Conflict_has_scim_type_uniqueness()
    {
        var response = await PostDuplicateAsync();

        Verify.That(response.Object.Text("scimType") == "uniqueness", "R7644-3.3-07",
            $"409 for a duplicate userName: expected scimType \"uniqueness\", got {response.Object.Attr("scimType").Show()}.");
    }

    [Test]
    [ScimTest("ERR-009", "A 409 error body carries schemas and status \"409\"", Areas.Errors, Severity.Medium, "R7644-3.12-02", "R7644-3.12-03",
        Remediation = "Send a SCIM Error body with \"status\": \"409\" (a string) on conflicts.")]
    public async Task Conflict_body_is_a_scim_error()
    {
        var response = await PostDuplicateAsync();

        Verify.That(HasErrorSchema(response), "R7644-3.12-02",
            $"409: expected the Error schema, got {response.Object.Attr("schemas").Show()}.");
        Verify.That(response.Object.Attr("status").IsString() && response.Object.Text("status") == response.Status.ToString(CultureInfo.InvariantCulture), "R7644-3.12-03",
            $"409: expected \"status\": \"409\" as a string, got {response.Object.Attr("status").Show()}.");
    }
}
