using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Errors;

/// <summary>RFC 7644 §3.12 and RFC 7643 §4.1.1: invalid requests are refused with 400, never answered with 500.</summary>
public sealed class BadRequestErrorTests : ErrorFixture
{
    [Test]
    [ScimTest("ERR-010", "A user without userName is refused", Areas.Errors, Severity.High, "R7643-4.1.1-01",
        Remediation = "Refuse a create that lacks the required userName.")]
    public async Task User_without_user_name_is_refused()
    {
        var body = Run.Data.User();
        body.Remove("userName");

        var response = await PostUserAsync(body);

        Verify.That(!response.IsSuccess, "R7643-4.1.1-01",
            $"POST of a user without userName: expected 400, got {Describe(response)} (the user was created).");
    }

    [Test]
    [ScimTest("ERR-011", "A user without userName gets 400 invalidValue, not 5xx", Areas.Errors, Severity.Medium, "R7644-3.12-05", "R7644-3.12-14",
        Remediation = "Answer a missing required attribute with 400 and scimType invalidValue; validate before storing.")]
    public async Task User_without_user_name_gets_400()
    {
        var body = Run.Data.User();
        body.Remove("userName");

        var response = await PostUserAsync(body);

        Verify.That(response.Status == 400, "R7644-3.12-05", $"POST of a user without userName: expected 400, got {Describe(response)}.");
        Verify.That(response.Object.Text("scimType") == "invalidValue", "R7644-3.12-14",
            $"expected scimType invalidValue for the missing required userName, got {response.Object.Attr("scimType").Show()}.");
    }

    [Test]
    [ScimTest("ERR-013", "A 400 error body is a SCIM Error with status \"400\"", Areas.Errors, Severity.Medium, "R7644-3.12-02", "R7644-3.12-03",
        Remediation = "Send {\"schemas\":[Error URN],\"status\":\"400\",\"scimType\":...,\"detail\":...} for bad requests.")]
    public async Task Bad_request_body_is_a_scim_error()
    {
        var body = Run.Data.User();
        body.Remove("userName");
        var response = await PostUserAsync(body);
        Verify.Precondition(response.Status == 400, $"the invalid create answered {Describe(response)}, not 400 (ERR-011 judges that).");

        Verify.That(HasErrorSchema(response), "R7644-3.12-02",
            $"400: expected the Error schema, got {response.Object.Attr("schemas").Show()}.");
        Verify.That(response.Object.Attr("status").IsString() && response.Object.Text("status") == "400", "R7644-3.12-03",
            $"400: expected \"status\": \"400\" as a string, got {response.Object.Attr("status").Show()}.");
    }

    [Test]
    [ScimTest("ERR-014", "scimType values are keywords of RFC 7644 Table 9", Areas.Errors, Severity.Low, "R7644-3.12-04",
        Remediation = "Use only the scimType keywords of RFC 7644 §3.12 Table 9 (invalidValue, invalidSyntax, uniqueness, ...).")]
    public async Task Scim_types_are_table_9_keywords()
    {
        var body = Run.Data.User();
        body.Remove("userName");
        var invalid = await PostUserAsync(body);
        var malformed = await Client.SendAsync(new ScimRequest(HttpMethod.Post, Endpoints.Users) { RawBody = "{not json" });

        foreach (var response in new[] { invalid, malformed })
        {
            var scimType = response.Object.Text("scimType");
            Verify.That(scimType is null || ScimTypes.Contains(scimType), "R7644-3.12-04",
                $"{Describe(response)}: scimType {scimType} is not one of {string.Join(", ", ScimTypes)}.");
        }
    }
}
