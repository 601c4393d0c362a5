using System.Globalization;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Security;

namespace ScimConformance.Suites.Security;

/// <summary>RFC 6750 §5.3, RFC 7644 §7.4, RFC 7009: tokens expire, revocation takes effect, lifetimes are bounded.</summary>
public sealed class TokenLifecycleTests : SecurityFixture
{
    private const string ExpiredFlags = "--expired-token-env NAME or --expired-token-file PATH (or use --auth oauth so the harness can obtain a short-lived token and wait for it to expire)";

    /// <summary>Clock-skew leeway a verifier may grant after exp (RFC 7519 §4.1.4 "small leeway"); the check polls this long before failing.</summary>
    private static readonly TimeSpan Leeway = TimeSpan.FromSeconds(60);

    [Test]
    [ScimTest("SEC-020", "An expired token is refused", Areas.Security, Severity.Critical,
        "R7644-7.4-03", "P6750-5.3-01", "P8725-3.10-01", "POWASP-API8-02", "R7644-3.12-06", Cwe = "CWE-613",
        Remediation = "Check the token's expiry (exp, or the stored expiry of an opaque token) on every request and answer 401 invalid_token once it has passed.")]
    public async Task Expired_token_is_refused()
    {
        RequireAuthentication();
        if (Inputs.ExpiredToken is { } configured)
        {
            if (JwtToken.TryParse(configured, out var jwt) && jwt.ExpiresAt is { } exp)
                Verify.Precondition(exp < DateTimeOffset.UtcNow, $"the configured expired token is still valid until {exp:u}; give a token that has expired.");
            ExpectRefused(await WithTokenAsync(configured, HttpMethod.Get, Endpoints.Users), "the configured expired token", "R7644-7.4-03");
            return;
        }

        using var oauth = new OAuthTokenClient(Run.Settings, Client.Redactor);
        if (!oauth.CanObtain) Assert.Ignore($"Skipped: no expired token; set {ExpiredFlags}.");
        var started = DateTimeOffset.UtcNow;
        var issued = await oauth.ObtainAsync();
        var expiresAt = JwtToken.TryParse(issued.Value, out var fresh) && fresh.ExpiresAt is { } claim
            ? claim
            : issued.ExpiresIn is { } lifetime ? issued.ObtainedAt + lifetime : (DateTimeOffset?)null;
        if (expiresAt is null)
            Assert.Ignore($"Skipped: the token endpoint states no lifetime (no expires_in, no exp claim), so the harness cannot know when to try the token; set {ExpiredFlags}.");
        var wait = expiresAt.Value - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(2);
        if (wait > Inputs.MaxExpiryWait)
            Assert.Ignore($"Skipped: a fresh token lives {Seconds(wait)} more, longer than --max-expiry-wait {Seconds(Inputs.MaxExpiryWait)}; raise --max-expiry-wait, shorten the token lifetime of a test client, or set --expired-token-env/--expired-token-file.");

        var before = await WithTokenAsync(issued.Value, HttpMethod.Get, Endpoints.Users);
        Verify.Precondition(before.Status == 200, $"the freshly obtained token was not accepted before expiry ({Describe(before)}).");
        if (wait > TimeSpan.Zero) await Task.Delay(wait);

        var deadline = started + Inputs.MaxExpiryWait;
        while (true)
        {
            var response = await WithTokenAsync(issued.Value, HttpMethod.Get, Endpoints.Users);
            var late = DateTimeOffset.UtcNow - expiresAt.Value;
            if (!response.IsSuccess || late >= Leeway || DateTimeOffset.UtcNow + TimeSpan.FromSeconds(5) > deadline)
            {
                ExpectRefused(response, $"a token {Seconds(late)} past its expiry ({expiresAt.Value:u})", "R7644-7.4-03");
                // Say what was really tried, so a pass is visibly one that waited for a real expiry.
                if (response.Status == 401)
                    Assert.Pass($"Waited for expiry: a fresh token was accepted, then refused with 401 when used {Seconds(late)} after its expiry ({expiresAt.Value:u}).");
                return;
            }
            await Task.Delay(TimeSpan.FromSeconds(5));
        }
    }

    [Test]
    [ScimTest("SEC-021", "A revoked token is refused", Areas.Security, Severity.Critical,
        "P7009-2-01", "R7644-7.4-03", "POWASP-API8-02", "R7644-3.12-06", Cwe = "CWE-613",
        Remediation = "Consult your revocation state (or token store) on every request, so a revoked or rotated-out token stops working at once.")]
    public async Task Revoked_token_is_refused()
    {
        RequireAuthentication();
        if (Inputs.RevokedToken is { } configured)
        {
            ExpectRefused(await WithTokenAsync(configured, HttpMethod.Get, Endpoints.Users), "the configured revoked token", "P7009-2-01");
            return;
        }
        using var oauth = new OAuthTokenClient(Run.Settings, Client.Redactor);
        if (!oauth.CanObtain || Inputs.OAuthRevocationUrl is null)
            Assert.Ignore("Skipped: no revoked token; set --revoked-token-env NAME or --revoked-token-file PATH, or use --auth oauth with --oauth-revocation-url URL so the harness can revoke a token it obtained.");
        var issued = await oauth.ObtainAsync();
        var before = await WithTokenAsync(issued.Value, HttpMethod.Get, Endpoints.Users);
        Verify.Precondition(before.Status == 200, $"the freshly obtained token was not accepted before revocation ({Describe(before)}).");
        var revoked = await oauth.RevokeAsync(Inputs.OAuthRevocationUrl, issued.Value);
        Verify.Precondition(revoked == 200, $"the revocation endpoint answered {revoked} instead of 200 (RFC 7009 §2.2).");
        ExpectRefused(await WithTokenAsync(issued.Value, HttpMethod.Get, Endpoints.Users), "a token after its revocation", "P7009-2-01");
    }

    [Test]
    [ScimTest("SEC-022", "The token endpoint states lifetimes, so the harness refreshes its token before expiry", Areas.Security, Severity.Low,
        "P6750-5.3-01", "R7644-7.4-03",
        Remediation = "Return expires_in with every access token (RFC 6749 §5.1) and keep it equal to the token's exp, so clients renew in time.")]
    public async Task Harness_refreshes_before_expiry()
    {
        if (Client.Auth is not OAuthClientCredentialsAuth oauth)
        {
            Assert.Ignore("Skipped: the run does not use OAuth client credentials (--auth oauth); a static token is never refreshed.");
            return;
        }
        var token = await RunTokenAsync();
        var refreshAt = oauth.CurrentRefreshAt;
        var assumedExpiry = oauth.CurrentExpiresAt;
        Verify.Precondition(refreshAt is not null && assumedExpiry is not null, "the OAuth provider holds no token after issuing one.");
        Verify.Precondition(refreshAt < assumedExpiry, $"the harness would refresh at {refreshAt:u}, not before the token expires at {assumedExpiry:u}.");
        if (JwtToken.TryParse(token, out var jwt) && jwt.ExpiresAt is { } exp)
            Verify.Should(refreshAt <= exp, "P6750-5.3-01",
                $"expires_in ({Seconds(oauth.AdvertisedLifetime ?? OAuthClientCredentialsAuth.DefaultLifetime)}) promises a longer life than the token's exp ({exp:u}); clients relying on expires_in would use an expired token.");
        Verify.That(oauth.AdvertisedLifetime is not null, "P6750-5.3-01",
            $"the token response has no expires_in; the harness assumes {Seconds(OAuthClientCredentialsAuth.DefaultLifetime)} and renews early, but other clients cannot know when to renew.");
        var response = await Client.GetAsync(Endpoints.Users + "?count=1");
        Verify.Precondition(response.Status == 200, $"a request with the harness's current token answered {response.Status}.");
    }

    [Test]
    [ScimTest("SEC-023", "The token has a bounded lifetime (lifetime reported; never-expiring tokens flagged)", Areas.Security, Severity.Medium,
        "PSEED-ROTATE-01", "P6750-5.3-01", "R7644-7.4-03", Cwe = "CWE-613",
        Remediation = "Issue tokens with an exp claim or stored expiry of minutes to hours, and rotate long-lived integration tokens; never issue tokens without expiry.")]
    public async Task Token_lifetime_is_bounded()
    {
        RequireAuthentication();
        var token = await RunTokenAsync();
        TimeSpan? lifetime;
        string source;
        if (JwtToken.TryParse(token, out var jwt))
        {
            Verify.That(jwt.ExpiresAt is not null, "PSEED-ROTATE-01", "the run's JWT carries no exp claim: it never expires.");
            if (jwt.ExpiresAt is null) return;
            lifetime = jwt.ExpiresAt.Value - (jwt.IssuedAt ?? DateTimeOffset.UtcNow);
            source = jwt.IssuedAt is null ? "exp minus now" : "exp minus iat";
        }
        else if (Client.Auth is OAuthClientCredentialsAuth oauth)
        {
            Verify.That(oauth.AdvertisedLifetime is not null, "P6750-5.3-01", "the token response has no expires_in, so the lifetime of the opaque token is not stated.");
            if (oauth.AdvertisedLifetime is null) return;
            lifetime = oauth.AdvertisedLifetime;
            source = "expires_in";
        }
        else
        {
            Assert.Ignore("Skipped: the run's token is opaque and static, so its lifetime is not observable; use --auth oauth or a JWT.");
            return;
        }
        Verify.That(lifetime <= TimeSpan.FromDays(366), "PSEED-ROTATE-01", $"the token lives {Seconds(lifetime.Value)} ({source}): more than a year.");
        if (lifetime <= TimeSpan.FromDays(366)) Assert.Pass($"Advertised token lifetime: {Seconds(lifetime.Value)} ({source}).");
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0", CultureInfo.InvariantCulture) + " s";
}
