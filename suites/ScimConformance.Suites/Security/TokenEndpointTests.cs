using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Http;
using ScimConformance.Core.Security;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 6749 §2.3.1 and §5.2: the OAuth token endpoint authenticates its clients and refuses grants it does not know.</summary>
public sealed class TokenEndpointTests : SecurityFixture
{
    private const string NoTokenEndpoint = "Skipped: the run does not use OAuth client credentials, so it knows no token endpoint; use --auth oauth with --oauth-token-url, --oauth-client-id and --oauth-client-secret-env.";

    [Test]
    [ScimTest("SEC-080", "The token endpoint refuses a wrong client secret with 401 invalid_client", Areas.Security, Severity.Critical,
        "R6749-5.2-01", Cwe = "CWE-287",
        Remediation = "Check the client secret on every token request (in constant time); on a mismatch answer 401 `invalid_client` with a `WWW-Authenticate: Basic` challenge. Never issue a token for a client id alone.")]
    public async Task Wrong_client_secret_is_refused()
    {
        var (tokenUrl, clientId, _) = TokenEndpointProbe.Configured(Run) ?? Ignore();
        // A fresh random secret: never the real one, and masked in the evidence like any other secret.
        var response = await TokenEndpointProbe.PostAsync(Run, tokenUrl, clientId, TokenVariants.Random(), "client_credentials");
        Verify.Must(!Issued(response), "R6749-5.2-01",
            $"the token endpoint issued a token to client '{clientId}' presenting a wrong client secret ({Describe(response)}): the client id alone grants access.");
        Verify.Must(response.Status == 401, "R6749-5.2-01",
            $"a wrong client secret sent with HTTP Basic was answered {Describe(response)}; RFC 6749 §5.2 asks for 401 when the client authenticated through the Authorization header.");
        Verify.Must(ErrorCode(response) == "invalid_client", "R6749-5.2-01",
            $"the refusal of a wrong client secret names error '{ErrorCode(response) ?? "(none)"}' instead of invalid_client.");
        Verify.That(response.Header("WWW-Authenticate") is not null, "R6749-5.2-01",
            "the 401 for a client that failed HTTP Basic authentication carries no WWW-Authenticate challenge (RFC 6749 §5.2).");
    }

    [Test]
    [ScimTest("SEC-081", "The token endpoint refuses an unknown grant type with 400 unsupported_grant_type", Areas.Security, Severity.Medium,
        "R6749-5.2-02", Cwe = "CWE-20",
        Remediation = "Accept only the grant types the client is registered for; answer any other grant_type with 400 `unsupported_grant_type` (RFC 6749 §5.2) and issue no token.")]
    public async Task Unknown_grant_type_is_refused()
    {
        var (tokenUrl, clientId, clientSecret) = TokenEndpointProbe.Configured(Run) ?? Ignore();
        var response = await TokenEndpointProbe.PostAsync(Run, tokenUrl, clientId, clientSecret, "urn:scimconf:unknown-grant");
        Verify.Must(!Issued(response), "R6749-5.2-02",
            $"the token endpoint issued a token for the grant type 'urn:scimconf:unknown-grant', which no specification defines ({Describe(response)}).");
        Verify.Must(response.Status == 400 && ErrorCode(response) == "unsupported_grant_type", "R6749-5.2-02",
            $"an unknown grant type was answered {Describe(response)} with error '{ErrorCode(response) ?? "(none)"}' instead of 400 unsupported_grant_type.");
    }

    private static (Uri, string, string) Ignore()
    {
        Assert.Ignore(NoTokenEndpoint);
        throw new InvalidOperationException("unreachable");
    }

    private static bool Issued(ScimResponse response) => Reply(response) is var reply && (reply.IsSuccess || reply.AccessToken is not null);

    private static string? ErrorCode(ScimResponse response) => Reply(response).Error;

    private static OAuthReply Reply(ScimResponse response) => new(response.Status, response.Object);
}
