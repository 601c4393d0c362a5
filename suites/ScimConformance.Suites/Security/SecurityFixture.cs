using System.Net;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Security;

/// <summary>
/// Shared ground of the security checks: requests with a chosen Authorization header (or none), the
/// configured security inputs with "skipped: set --flag" gating, and the verdict on a request that should
/// have been refused. Every request goes to the target's base URL through the run's client, so the
/// exchange is journaled and redacted like any other; other tokens are registered with the redactor.
/// </summary>
public abstract class SecurityFixture : ScimFixture
{
    protected static SecurityInputs Inputs => Run.Settings.Security;

    protected static bool TargetIsHttps => Run.Settings.BaseUrl.Scheme == Uri.UriSchemeHttps;

    /// <summary>Sends a request without the run's credentials, with <paramref name="authorization"/> as the Authorization header (none when null).</summary>
    protected static Task<ScimResponse> SendWithAsync(string? authorization, HttpMethod method, string path, JsonNode? body = null,
        IReadOnlyList<KeyValuePair<string, string>>? query = null)
    {
        var headers = authorization is null ? [] : new[] { new KeyValuePair<string, string>("Authorization", authorization) };
        return Client.SendAsync(new ScimRequest(method, path) { Authenticate = false, Headers = headers, Json = body, Query = query ?? [] });
    }

    protected static Task<ScimResponse> AnonymousAsync(HttpMethod method, string path, JsonNode? body = null) =>
        SendWithAsync(null, method, path, body);

    /// <summary>Sends with another bearer token (registered with the redactor first).</summary>
    protected static Task<ScimResponse> WithTokenAsync(string token, HttpMethod method, string path, JsonNode? body = null,
        IReadOnlyList<KeyValuePair<string, string>>? query = null)
    {
        Client.Redactor.AddSecret(token);
        return SendWithAsync("Bearer " + token, method, path, body, query);
    }

    /// <summary>The bearer token the run authenticates with (static or OAuth); skips when the run does not use bearer tokens.</summary>
    protected static async Task<string> RunTokenAsync()
    {
        var header = await Client.Auth.GetAuthorizationAsync(CancellationToken.None);
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            Assert.Ignore("Skipped: the run does not authenticate with a bearer token (--auth bearer or --auth oauth).");
        return header!["Bearer ".Length..].Trim();
    }

    /// <summary>Skips unless the run authenticates at all (an open endpoint has nothing to refuse).</summary>
    protected static void RequireAuthentication()
    {
        if (Run.Settings.Auth == AuthKind.None)
            Assert.Ignore("Skipped: the run is configured with --auth none, so the endpoint is treated as open.");
    }

    protected static string Require(string? value, string what, string flags)
    {
        if (string.IsNullOrEmpty(value)) Assert.Ignore($"Skipped: no {what} configured; set {flags}.");
        return value!;
    }

    protected static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.DnsSafeHost, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>
    /// Judges a request that carried no valid credentials: being served is a MUST-level failure (the
    /// <paramref name="mustId"/> requirement); answering with something other than 401 is a SHOULD-level warning.
    /// </summary>
    protected static void ExpectRefused(ScimResponse response, string what, string mustId)
    {
        Verify.Must(!response.IsSuccess, mustId,
            $"{what} was served: expected 401 Unauthorized, got {Describe(response)} on {response.RequestUri.AbsolutePath}.");
        Verify.Should(response.Status < 500, "POWASP-API8-02",
            $"{what} answered {response.Status}: invalid credentials must be refused with 401, not crash the server.");
        Verify.That(response.Status == 401, "R7644-3.12-06",
            $"{what} answered {response.Status} instead of 401 Unauthorized on {response.RequestUri.AbsolutePath}.");
    }

    /// <summary>
    /// An anonymous request to an endpoint the RFC lets a server leave out (/.search, /Bulk, /Me). When it answers
    /// 404/405/501 and the same request with the run's credentials does too, the endpoint is absent and there is nothing to
    /// protect: returns the reason, and judges nothing. Otherwise it is judged as <see cref="ExpectRefused"/> does and returns null.
    /// </summary>
    protected static async Task<string?> ExpectRefusedUnlessAbsentAsync(HttpMethod method, string path, JsonNode? body, string what, string mustId)
    {
        var anonymous = await AnonymousAsync(method, path, body?.DeepClone());
        if (ResponsePolicy.Decide(anonymous.Status, ExchangeRole.OptionalSubject).Kind == VerdictKind.Skip)
        {
            var authenticated = await Client.SendAsync(new ScimRequest(method, path) { Json = body?.DeepClone() });
            if (ResponsePolicy.Decide(authenticated.Status, ExchangeRole.OptionalSubject).Kind == VerdictKind.Skip)
                return $"{method.Method} /{path} answers {anonymous.Status} without credentials and {authenticated.Status} with them: the endpoint is absent";
        }
        ExpectRefused(anonymous, what, mustId);
        return null;
    }

    /// <summary>Skips when every probed optional endpoint was absent (the reasons say which).</summary>
    protected static void SkipWhenAllAbsent(params string?[] absences)
    {
        if (absences.All(a => a is not null))
            Assert.Ignore("Skipped: " + string.Join("; ", absences) + ".");
    }

    /// <summary>True when the response carries a WWW-Authenticate challenge naming the Bearer scheme (RFC 6750 §3).</summary>
    protected static bool HasBearerChallenge(ScimResponse response) =>
        response.Headers.Where(h => string.Equals(h.Key, "WWW-Authenticate", StringComparison.OrdinalIgnoreCase))
            .Any(h => h.Value.TrimStart().StartsWith("Bearer", StringComparison.OrdinalIgnoreCase)
                      || h.Value.Contains(", Bearer", StringComparison.OrdinalIgnoreCase));
}
