using System.Globalization;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;

namespace ScimConformance.Suites.Errors;

/// <summary>RFC 7644 §3.12: what the endpoint answers for resources and endpoints that do not exist.</summary>
public sealed class NotFoundErrorTests : ErrorFixture
{
    [Test]
    [ScimTest("ERR-001", "GET of an unknown user id answers 404", Areas.Errors, Severity.Medium, "R7644-3.12-08", "R7644-3.2-02",
        Mutates = false,
        Remediation = "Answer requests for ids that do not exist with 404 Not Found.")]
    public async Task Unknown_user_answers_404()
    {
        var response = await GetUnknownUserAsync();

        Verify.That(response.Status == 404, "R7644-3.12-08", $"GET of an unknown user id: expected 404, got {Describe(response)}.");
    }

    [Test]
    [ScimTest("ERR-002", "A 404 carries a SCIM Error body", Areas.Errors, Severity.Medium, "R7644-3.12-01", "R7644-3.12-02", "R7644-3.1-01",
        Mutates = false,
        Remediation = "Send {\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"404\",\"detail\":...} with every error.")]
    public async Task Not_found_has_error_schema()
    {
        var response = await GetUnknownUserAsync();
        RequireError(response, "GET of an unknown user id");

        Verify.That(response.Object is not null, "R7644-3.12-01", $"expected a JSON error body, got {Describe(response)} with body {response.Body.Length} characters long.");
        Verify.That(HasErrorSchema(response), "R7644-3.12-02",
            $"expected schemas [{ScimUris.Error}], got {response.Object.Attr("schemas").Show()}.");
    }

    [Test]
    [ScimTest("ERR-003", "The error status is the HTTP status as a JSON string", Areas.Errors, Severity.Medium, "R7644-3.12-03",
        Mutates = false,
        Remediation = "Write status as a string: \"status\": \"404\", not \"status\": 404.")]
    public async Task Not_found_status_is_a_string()
    {
        var response = await GetUnknownUserAsync();
        RequireError(response, "GET of an unknown user id");
        Verify.Precondition(response.Object is not null, "the error response has no JSON body (ERR-002 judges that).");

        var status = response.Object.Attr("status");
        Verify.That(status.IsString() && response.Object.Text("status") == response.Status.ToString(CultureInfo.InvariantCulture), "R7644-3.12-03",
            $"expected \"status\": \"{response.Status}\" (a JSON string equal to the HTTP status), got {status.Show()}.");
    }

    [Test]
    [ScimTest("ERR-004", "Errors explain themselves in detail", Areas.Errors, Severity.Info, "R7644-3.2-03",
        Mutates = false,
        Remediation = "Add a human-readable detail to every SCIM Error.")]
    public async Task Not_found_has_detail()
    {
        var response = await GetUnknownUserAsync();
        RequireError(response, "GET of an unknown user id");

        Verify.That(!string.IsNullOrWhiteSpace(response.Object.Text("detail")), "R7644-3.2-03",
            $"expected a detail message in the error body, got {response.Json.Show()}.");
    }

    [Test]
    [ScimTest("ERR-005", "An unknown endpoint answers 404", Areas.Errors, Severity.Low, "R7644-3.12-08",
        Mutates = false,
        Remediation = "Answer paths that are no SCIM endpoint with 404 (not 200, not 500).")]
    public async Task Unknown_endpoint_answers_404()
    {
        var response = await Client.GetAsync("NoSuchEndpoint" + Run.Data.Token());

        Verify.That(response.Status == 404, "R7644-3.12-08", $"GET of an unknown endpoint: expected 404, got {Describe(response)}.");
    }

    [Test]
    [ScimTest("ERR-007", "Errors are labelled application/scim+json", Areas.Errors, Severity.Low, "R7644-3.8-03", "R7644-8.1-01",
        Mutates = false,
        Remediation = "Send SCIM Error bodies with Content-Type: application/scim+json.")]
    public async Task Errors_use_the_scim_media_type()
    {
        var response = await GetUnknownUserAsync();
        RequireError(response, "GET of an unknown user id");
        Verify.Precondition(response.Object is not null, "the error response has no JSON body (ERR-002 judges that).");

        Verify.That(response.MediaType == ScimUris.MediaType, "R7644-3.8-03",
            $"error with Accept: {ScimUris.MediaType}: expected Content-Type {ScimUris.MediaType}, got {response.Header("Content-Type") ?? "(none)"}.");
    }
}
