using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 7644 §7.5.2 and §3.12 (scimType sensitive): a GET whose filter carries sensitive data is not served.</summary>
public sealed class SensitiveFilterTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-102", "A GET whose filter carries a password is refused (403 sensitive), not served", Areas.Security, Severity.Low,
        "R7644-7.5.2-01", Cwe = "CWE-598", Needs = [Capability.Filter],
        Remediation = "Answer a GET whose filter names password (or other sensitive data) with 403 and scimType sensitive, and serve the same filter through POST .search.")]
    public async Task Password_filter_in_url_is_not_served()
    {
        // Which data is sensitive is the provider's policy; a password is sensitive under any policy. The value is a
        // throw-away literal, never a credential, so putting it in the URL discloses nothing.
        var filter = Filters.Eq("password", Run.Prefix + "not-a-password-" + Run.Data.Token(8));

        var response = await QueryAsync(Endpoints.Users, filter);

        var what = $"GET /{Endpoints.Users}?filter={filter}";
        // A refusal other than 403 (a provider that does not filter on password at all, 400 invalidFilter) does not serve
        // the request either: the row asks that the data not be accepted in a URL, and 403 only names the reason. Credentials
        // refused (401) or a server error say nothing of that and go by the outcome policy.
        if (response.IsSuccess)
            Verify.That(false, "R7644-7.5.2-01",
                $"{what} was answered {Describe(response)}: a filter on password was accepted in the URL instead of refused with 403 (scimType sensitive).");
        else if (response.Status is 401 or >= 500 or < 400)
            Responses.Subject(response, "R7644-7.5.2-01", what);
    }
}
