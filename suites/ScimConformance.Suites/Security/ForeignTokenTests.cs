using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Security;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 8725 §3.10: a token the target's issuer (or another one) minted for a different API does not open this one.</summary>
public sealed class ForeignTokenTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-082", "A token issued for another audience or by another issuer is refused", Areas.Security, Severity.Critical,
        "P8725-3.10-01", "POWASP-API8-02", "R7644-3.12-06", Cwe = "CWE-287",
        Remediation = "Validate the token's audience (aud names this SCIM API) and issuer (one you trust) on every request, not only its signature and expiry; refuse everything else with 401 invalid_token.")]
    public async Task Foreign_token_is_refused()
    {
        RequireAuthentication();
        var token = Require(Inputs.ForeignToken, "token issued for another audience or issuer",
            "--foreign-token-env NAME or --foreign-token-file PATH (a valid, unexpired token your identity provider issued for another API)");
        if (JwtToken.TryParse(token, out var jwt) && jwt.ExpiresAt is { } exp)
            Verify.Precondition(exp > DateTimeOffset.UtcNow, $"the configured foreign token expired at {exp:u}, so a refusal would not show that its audience or issuer was checked; give an unexpired one.");
        ExpectRefused(await WithTokenAsync(token, HttpMethod.Get, Endpoints.Users), "a token issued for another audience or issuer (--foreign-token-*)", "P8725-3.10-01");
    }
}
