using System.Text;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Security;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 7644 §2 and RFC 6750 §2-3: what the endpoint does with missing, malformed and wrong credentials.</summary>
public sealed class AuthenticationTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-001", "A request without credentials gets 401 with a WWW-Authenticate Bearer challenge", Areas.Security, Severity.Critical,
        "P6750-3-01", "R7644-2-03", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-306",
        Remediation = "Reject every request to /Users without an Authorization header with 401 and a `WWW-Authenticate: Bearer realm=\"...\"` header; never serve data anonymously.")]
    public async Task No_credentials_get_401_with_a_bearer_challenge()
    {
        RequireAuthentication();
        var response = await AnonymousAsync(HttpMethod.Get, Endpoints.Users);

        ExpectRefused(response, "GET without an Authorization header", "P6750-3-01");
        Verify.Must(HasBearerChallenge(response), "P6750-3-01",
            $"the 401 carries no WWW-Authenticate header naming Bearer (got: {response.Header("WWW-Authenticate") ?? "none"}); clients cannot learn how to authenticate.");
    }

    [Test]
    [ScimTest("SEC-002", "An empty bearer credential is refused", Areas.Security, Severity.High,
        "P6750-3-01", "P6750-3.1-01", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-287",
        Remediation = "Treat `Authorization: Bearer` with no token (or only spaces) as missing credentials and answer 401.")]
    public async Task Empty_bearer_credential_is_refused()
    {
        RequireAuthentication();
        foreach (var header in new[] { "Bearer", "Bearer ", "Bearer \"\"" })
            ExpectRefused(await SendWithAsync(header, HttpMethod.Get, Endpoints.Users), $"Authorization: '{header}'", "P6750-3-01");
    }

    [Test]
    [ScimTest("SEC-003", "Malformed bearer credentials are refused without a server error", Areas.Security, Severity.High,
        "P6750-3-01", "P6750-3.1-01", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-287",
        Remediation = "Parse the Authorization header strictly (RFC 6750 §2.1 b64token); answer 401 invalid_token to anything else, never 500.")]
    public async Task Malformed_bearer_credentials_are_refused()
    {
        RequireAuthentication();
        var malformed = new[]
        {
            "Bearer a b c",
            "Bearer {\"sub\":\"admin\"}",
            "Bearer " + new string('A', 8192),
            "Bearer ..",
            "Bearer null",
            "Bearer%20" + TokenVariants.Random(),
        };
        foreach (var header in malformed)
            ExpectRefused(await SendWithAsync(header, HttpMethod.Get, Endpoints.Users), $"malformed Authorization '{Short(header)}'", "P6750-3-01");
    }

    [Test]
    [ScimTest("SEC-004", "An unknown authorization scheme is refused", Areas.Security, Severity.High,
        "P6750-3-01", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-287",
        Remediation = "Accept only the schemes you advertise in authenticationSchemes; answer 401 with a Bearer challenge to any other scheme.")]
    public async Task Unknown_scheme_is_refused()
    {
        RequireAuthentication();
        var random = TokenVariants.Random();
        foreach (var header in new[] { "Token " + random, "Digest username=\"scimconf\", response=\"" + random + "\"", random })
            ExpectRefused(await SendWithAsync(header, HttpMethod.Get, Endpoints.Users), $"Authorization '{Short(header)}'", "P6750-3-01");
    }

    [Test]
    [ScimTest("SEC-005", "An unknown bearer token is refused", Areas.Security, Severity.Critical,
        "P6750-3-01", "P6750-3.1-01", "R7644-3.12-06", "R7644-2-04", "POWASP-API8-02", Cwe = "CWE-287",
        Remediation = "Validate every bearer token against your issuer or token store and answer 401 to tokens you did not issue.")]
    public async Task Unknown_token_is_refused()
    {
        RequireAuthentication();
        var response = await WithTokenAsync(TokenVariants.Random(), HttpMethod.Get, Endpoints.Users);
        ExpectRefused(response, "a random bearer token", "P6750-3-01");
    }

    [Test]
    [ScimTest("SEC-006", "A refused token gets WWW-Authenticate with error=\"invalid_token\"", Areas.Security, Severity.Low,
        "P6750-3.1-01", Cwe = "CWE-287",
        Remediation = "When a presented token is invalid, answer 401 with `WWW-Authenticate: Bearer realm=\"...\", error=\"invalid_token\"` so clients know to fetch a new token.")]
    public async Task Invalid_token_challenge_names_invalid_token()
    {
        RequireAuthentication();
        var response = await WithTokenAsync(TokenVariants.Random(), HttpMethod.Get, Endpoints.Users);
        if (response.IsSuccess) Assert.Ignore($"Not applicable: a random token was served ({Describe(response)}), so there is no refusal to inspect; SEC-005 reports that.");
        var challenge = response.Header("WWW-Authenticate") ?? "";
        Verify.That(HasBearerChallenge(response) && challenge.Contains("invalid_token", StringComparison.OrdinalIgnoreCase), "P6750-3.1-01",
            $"the refusal of an invalid token carries WWW-Authenticate '{(challenge.Length == 0 ? "none" : challenge)}' instead of a Bearer challenge with error=\"invalid_token\".");
    }

    [Test]
    [ScimTest("SEC-007", "A bearer token in the query string (access_token=) is not accepted", Areas.Security, Severity.High,
        "P6750-2.3-01", "R7644-7.4-02", "R7644-3.12-06", Cwe = "CWE-598",
        Remediation = "Accept bearer tokens only in the Authorization header; ignore access_token in URLs, which end up in logs, proxies and Referer headers.")]
    public async Task Token_in_query_is_not_accepted()
    {
        RequireAuthentication();
        var token = await RunTokenAsync();
        var response = await SendWithAsync(null, HttpMethod.Get, Endpoints.Users, query: [new("access_token", token)]);
        // The token travels only to the target, in the URL of this one request; the journal masks access_token.
        // RFC 6750 §2.3 lets a resource server support the query form and §5.3 advises against it (SHOULD NOT): honouring it warns, once.
        if (response.IsSuccess)
        {
            Verify.Should(false, "P6750-2.3-01",
                $"GET {Endpoints.Users}?access_token=<valid token> without an Authorization header was served ({Describe(response)}): tokens in URLs leak into logs and should not be honoured.");
            return;
        }
        Verify.That(response.Status == 401, "R7644-3.12-06", $"the request with the token only in the query answered {response.Status} instead of 401.");
    }

    [Test]
    [ScimTest("SEC-008", "The valid token with one character changed is refused", Areas.Security, Severity.Critical,
        "P6750-3-01", "P6750-3.1-01", "P8725-3.2-01", "POWASP-API8-02", "R7644-3.12-06", Cwe = "CWE-345",
        Remediation = "Compare tokens exactly (constant-time) or verify their signature; a token that differs in one character is a different, invalid token.")]
    public async Task Token_with_one_changed_character_is_refused()
    {
        RequireAuthentication();
        var token = await RunTokenAsync();
        var changed = TokenVariants.OneCharacterChanged(token);
        var response = await WithTokenAsync(changed, HttpMethod.Get, Endpoints.Users);
        ExpectRefused(response, "the valid token with one character changed", "P6750-3-01");
    }

    [Test]
    [ScimTest("SEC-009", "Basic credentials are refused when only bearer tokens are advertised", Areas.Security, Severity.High,
        "R7644-2-03", "R7644-2-02", "R7644-3.12-06", "POWASP-API8-02", Cwe = "CWE-287",
        Remediation = "Do not accept HTTP Basic unless you advertise httpbasic in authenticationSchemes; answer 401 with a Bearer challenge.")]
    public async Task Basic_is_refused_when_not_advertised()
    {
        RequireAuthentication();
        var schemes = Run.Capabilities.AuthenticationSchemes;
        if (schemes.Any(s => s.Contains("basic", StringComparison.OrdinalIgnoreCase)))
            Assert.Ignore("Skipped: the endpoint advertises HTTP Basic in authenticationSchemes.");
        var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + TokenVariants.Random()));
        var response = await SendWithAsync("Basic " + pair, HttpMethod.Get, Endpoints.Users);
        ExpectRefused(response, "HTTP Basic credentials (not advertised)", "R7644-2-03");
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
