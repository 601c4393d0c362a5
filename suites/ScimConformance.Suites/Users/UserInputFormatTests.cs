using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7644 §3.8: request bodies labelled application/json, as several identity providers send them.</summary>
public sealed class UserInputFormatTests : ScimFixture
{
    [Test]
    [ScimTest("USR-041", "POST /Users labelled application/json is accepted", Areas.Users, Severity.Low, "PIDP-COMPAT-01", "R7644-3.8-01",
        Remediation = "Accept request bodies with Content-Type application/json as well as application/scim+json.")]
    public async Task Create_accepts_application_json()
    {
        var response = await PostUserAsync(Run.Data.User(), contentType: "application/json");

        Verify.That(response.Status == 201, "PIDP-COMPAT-01",
            $"POST with Content-Type application/json: expected 201, got {Describe(response)}.");
    }
}
