using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Security;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 8725 §3.1-3.2: when the bearer token is a JWT, tampered variants of it are refused.</summary>
public sealed class JwtTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-010", "A JWT whose payload was altered under the old signature is refused", Areas.Security, Severity.Critical,
        "P8725-3.2-01", "R7644-7.3-01", "POWASP-API8-02", "R7644-3.12-06", Cwe = "CWE-347",
        Remediation = "Verify the JWS signature over header and payload with the issuer's key before reading any claim; reject the token when verification fails.")]
    public async Task Altered_payload_is_refused()
    {
        var jwt = await RunJwtAsync();
        var variants = new (string What, string Token)[]
        {
            ("sub changed", jwt.WithAlteredPayload(p => p["sub"] = "scimconf-attacker")),
            ("exp extended by a year", jwt.WithAlteredPayload(p => p["exp"] = (jwt.ExpiresAt ?? DateTimeOffset.UtcNow).AddYears(1).ToUnixTimeSeconds())),
            ("scope widened", jwt.WithAlteredPayload(p => p["scope"] = "scim:admin scim:write scim:read")),
        };
        foreach (var (what, token) in variants)
            ExpectRefused(await WithTokenAsync(token, HttpMethod.Get, Endpoints.Users), $"the run's JWT with its payload altered ({what}) and the old signature", "P8725-3.2-01");
    }

    [Test]
    [ScimTest("SEC-011", "A JWT with alg \"none\" is refused", Areas.Security, Severity.Critical,
        "P8725-3.1-01", "POWASP-API8-02", "R7644-3.12-06", Cwe = "CWE-327",
        Remediation = "Pin the accepted signing algorithm(s) (e.g. RS256) in your JWT validation; never accept alg \"none\" or let the token choose the algorithm.")]
    public async Task Alg_none_is_refused()
    {
        var jwt = await RunJwtAsync();
        foreach (var alg in new[] { "none", "None", "NONE", "nOnE" })
            ExpectRefused(await WithTokenAsync(jwt.WithAlgNone(alg), HttpMethod.Get, Endpoints.Users), $"the run's JWT re-issued unsigned with alg \"{alg}\"", "P8725-3.1-01");
    }

    [Test]
    [ScimTest("SEC-012", "A JWT with its signature stripped is refused", Areas.Security, Severity.Critical,
        "P8725-3.2-01", "POWASP-API8-02", "R7644-3.12-06", Cwe = "CWE-347",
        Remediation = "Require a signature on every JWT and verify it; a token with an empty or missing signature part is invalid.")]
    public async Task Stripped_signature_is_refused()
    {
        var jwt = await RunJwtAsync();
        ExpectRefused(await WithTokenAsync(jwt.WithoutSignature(), HttpMethod.Get, Endpoints.Users), "the run's JWT with an empty signature part", "P8725-3.2-01");
        ExpectRefused(await WithTokenAsync(jwt.WithoutSignaturePart(), HttpMethod.Get, Endpoints.Users), "the run's JWT without its signature part", "P8725-3.2-01");
    }

    private static async Task<JwtToken> RunJwtAsync()
    {
        RequireAuthentication();
        var token = await RunTokenAsync();
        if (!JwtToken.TryParse(token, out var jwt))
            Assert.Ignore("Skipped: the run's bearer token is opaque (not a JWT), so there is no signature to tamper with.");
        Verify.Precondition(jwt.Header is JsonObject, "the token's header could not be read.");
        return jwt;
    }
}
