using System.Text;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;
using ScimConformance.Core.Security;

namespace ScimConformance.Suites.Security;

/// <summary>/Me (RFC 7644 §3.11), rate limiting, bulk limits, caching and secret reflection.</summary>
// Alone: the rate-limit burst would make a throttling endpoint answer other fixtures' requests with 429.
[NonParallelizable]
public sealed class EndpointBehaviourTests : SecurityFixture
{
    [Test]
    [ScimTest("SEC-061", "Rate limiting, when present, answers 429 with Retry-After", Areas.Security, Severity.Low,
        "POWASP-API4-01", Cwe = "CWE-770",
        Remediation = "When throttling, answer 429 Too Many Requests with a Retry-After header so identity providers back off instead of retrying blindly.")]
    public async Task Rate_limit_answers_carry_retry_after()
    {
        var responses = new List<ScimResponse>();
        for (var round = 0; round < 6; round++)
        {
            // A lookup by a userName no one has: cheap for the server and independent of the tenant's size.
            responses.AddRange(await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
                QueryAsync(Endpoints.Users, Filters.Eq("userName", Run.Prefix + "rate-probe"), ("count", "1")))));
        }
        var limited = responses.Where(r => r.Status == 429).ToArray();
        if (limited.Length == 0)
        {
            Assert.Ignore($"Not checked: no rate limiting observed in a burst of {responses.Count} requests (none answered 429).");
            return;
        }
        Verify.Should(limited.All(r => r.Header("Retry-After") is not null), "POWASP-API4-01",
            $"{limited.Count(r => r.Header("Retry-After") is null)} of {limited.Length} 429 answers carry no Retry-After header.");
    }

    [Test]
    [ScimTest("SEC-062", "/Me returns the authenticated subject, or 501 when not supported", Areas.Security, Severity.Medium,
        "R7644-3.11-01", "R7644-3.11-02", "R7644-3.11-03", "POWASP-API8-02", "R7644-3.12-12", Cwe = "CWE-639",
        Remediation = "Either implement /Me as an alias of the authenticated subject's resource (with a Location header), or answer 501 Not Implemented.")]
    public async Task Me_returns_the_subject_or_501()
    {
        var response = await Client.GetAsync("Me");
        Verify.Should(response.Status < 500 || response.Status == 501, "POWASP-API8-02", $"GET /Me answered {response.Status}.");
        if (response.Status == 501) return;
        if (response.Status is 307 or 308)
        {
            var location = response.Header("Location") ?? "";
            // R7644-3.11-02 is a MAY: a redirect elsewhere is a strict reading's deviation, so it warns.
            Verify.Should(location.Contains("/Users/", StringComparison.OrdinalIgnoreCase), "R7644-3.11-02",
                $"GET /Me redirects to '{location}', not to a User resource.");
            return;
        }
        if (response.Status == 200)
        {
            var me = response.Object;
            Verify.Must(me?.Text("id") is { Length: > 0 } && me.Strings("schemas").Any(s => s.StartsWith("urn:ietf:params:scim:schemas:core:2.0:", StringComparison.Ordinal)),
                "R7644-3.11-03", $"GET /Me answered 200 without a SCIM resource ({Describe(response)}).");
            Verify.That(response.Header("Location") is not null, "R7644-3.11-03", "GET /Me answered 200 without a Location header naming the aliased resource.");
            return;
        }
        Verify.That(false, "R7644-3.11-01", $"GET /Me answered {response.Status}; a server without /Me should answer 501 Not Implemented.");
    }

    [Test]
    [ScimTest("SEC-063", "Responses never echo a presented token", Areas.Security, Severity.High,
        "POWASP-API8-01", "R7644-7.4-02", Cwe = "CWE-200",
        Remediation = "Never copy the Authorization header or token into response bodies or headers, error details included.")]
    public async Task Tokens_are_not_reflected()
    {
        var invalid = TokenVariants.Random();
        var refused = await WithTokenAsync(invalid, HttpMethod.Get, Endpoints.Users);
        // OWASP API8 is a SHOULD and no RFC forbids the echo: it warns at the check's severity.
        Verify.Should(!Reflects(refused, invalid), "POWASP-API8-01", $"the refusal of an invalid token ({Describe(refused)}) repeats the token.");
        if (Run.Settings.Auth is Core.Configuration.AuthKind.Bearer or Core.Configuration.AuthKind.OAuthClientCredentials)
        {
            var token = await RunTokenAsync();
            var served = await QueryAsync(Endpoints.Users, Filters.StartsWith("userName", Run.Prefix), ("count", "1"));
            Verify.Should(!Reflects(served, token), "POWASP-API8-01", $"GET {Endpoints.Users} ({Describe(served)}) repeats the caller's bearer token.");
        }
    }

    [Test]
    [ScimTest("SEC-066", "A bulk request over the advertised maxPayloadSize gets 413", Areas.Security, Severity.Medium,
        "R7644-3.7.4-02", "POWASP-API4-01", Cwe = "CWE-770", Needs = [Capability.Bulk],
        Remediation = "Enforce bulk.maxPayloadSize and bulk.maxOperations as advertised and answer 413 when a request exceeds them.")]
    public async Task Bulk_over_max_payload_is_413()
    {
        var max = Run.Capabilities.BulkMaxPayloadSize;
        if (max <= 0 || max > 64 << 20)
            Assert.Ignore($"Skipped: bulk.maxPayloadSize is {(max <= 0 ? "not advertised" : max + " bytes, too large to exceed safely")}.");
        var head = "{\"schemas\":[\"" + ScimUris.BulkRequest + "\"],\"Operations\":[]";
        var body = new StringBuilder(head).Append(' ', max - head.Length + 16).Append('}').ToString();
        ScimResponse response;
        try
        {
            response = await Client.SendAsync(new ScimRequest(HttpMethod.Post, "Bulk") { RawBody = body });
        }
        catch (ScimTransportException e)
        {
            Assert.Pass($"The endpoint cut the connection during the over-size bulk upload ({e.Message}).");
            return;
        }
        Verify.That(response.Status == 413, "R7644-3.7.4-02", $"a bulk request of {body.Length} bytes (maxPayloadSize {max}) answered {response.Status} instead of 413.");
    }

    [Test]
    [ScimTest("SEC-067", "Responses with personal data are not stored by shared caches", Areas.Security, Severity.Low,
        "PSEC-CACHE-01", Cwe = "CWE-525",
        Remediation = "Send `Cache-Control: no-store` (or private) on responses that carry users, groups or lists of them.")]
    public async Task Personal_data_is_not_cacheable()
    {
        var user = await CreateUserAsync();
        var response = await Client.GetAsync(Endpoints.User(IdOf(user)));
        Verify.Precondition(response.Status == 200, $"reading the created user answered {response.Status}.");
        var cache = response.Header("Cache-Control") ?? "";
        Verify.That(cache.Contains("no-store", StringComparison.OrdinalIgnoreCase) || cache.Contains("private", StringComparison.OrdinalIgnoreCase),
            "PSEC-CACHE-01", $"GET /Users/{{id}} carries Cache-Control '{(cache.Length == 0 ? "none" : cache)}' instead of no-store or private.");
    }

    private static bool Reflects(ScimResponse response, string token) =>
        response.Body.Contains(token, StringComparison.Ordinal) || response.Headers.Any(h => h.Value.Contains(token, StringComparison.Ordinal));
}
