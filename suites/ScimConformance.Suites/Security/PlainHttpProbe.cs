using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;
using ScimConformance.Core.Run;
using ScimConformance.Core.Security;

namespace ScimConformance.Suites.Security;

/// <summary>What one plain-http address answered to the probe.</summary>
internal sealed record PlainHttpObservation(Uri Url, string What, ScimResponse? Response, string? TransportError)
{
    /// <summary>SCIM data came back: a 2xx JSON body, or any body naming a SCIM schema URN.</summary>
    public bool ServedData => Response is { IsSuccess: true } r && (r.IsJson || r.Body.Contains("urn:ietf:params:scim", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The API itself answered: a 2xx, an authentication challenge (401 or WWW-Authenticate), or a SCIM body or media
    /// type. A redirect, a refused connection, or a generic answer of a listener that is not the API (a 400 "plain HTTP
    /// sent to an HTTPS port", a 403 "SSL required", a default 404 page) is not one: RFC 7644 §7.2 lets plain HTTP be refused.
    /// </summary>
    public bool AnsweredApi => Response is { } r && r.Status is not (>= 300 and < 400)
        && (r.IsSuccess || r.Status == 401 || r.Header("WWW-Authenticate") is not null
            || r.MediaType == "application/scim+json" || r.Body.Contains("urn:ietf:params:scim", StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Probes the plain-http variants of the target (http:// on the same host and port, port 80 when the target
/// uses 443, and --plain-http-url) with NO real credential: discovery anonymously, /Users with a random dummy
/// bearer token. Uses its own client with <see cref="NoAuth"/>, so the run's token cannot be attached.
/// </summary>
internal static class PlainHttpProbe
{
    public static IReadOnlyList<Uri> Variants(ScimRun run)
    {
        var target = run.Settings.BaseUrl;
        var variants = new List<Uri>();
        if (target.Scheme == Uri.UriSchemeHttps)
        {
            variants.Add(new UriBuilder(target) { Scheme = Uri.UriSchemeHttp, Port = target.Port }.Uri);
            if (target.Port == 443) variants.Add(new UriBuilder(target) { Scheme = Uri.UriSchemeHttp, Port = 80 }.Uri);
        }
        if (run.Settings.Security.PlainHttpUrl is { } configured && configured.Scheme == Uri.UriSchemeHttp) variants.Add(configured);
        return variants.Distinct().ToArray();
    }

    public static async Task<IReadOnlyList<PlainHttpObservation>> ProbeAsync(ScimRun run, string usersPath)
    {
        var observations = new List<PlainHttpObservation>();
        foreach (var variant in Variants(run))
        {
            var settings = run.Settings with { BaseUrl = variant, Auth = AuthKind.None, Timeout = TimeSpan.FromSeconds(Math.Min(10, run.Settings.Timeout.TotalSeconds)) };
            using var client = new ScimClient(settings, new NoAuth(), run.Journal);
            observations.Add(await SendAsync(client, new ScimRequest(HttpMethod.Get, "ServiceProviderConfig") { Authenticate = false }, "GET /ServiceProviderConfig (no credentials)").ConfigureAwait(false));
            var dummy = new ScimRequest(HttpMethod.Get, usersPath)
            {
                Authenticate = false,
                Headers = [new("Authorization", "Bearer " + TokenVariants.Random())],
            };
            observations.Add(await SendAsync(client, dummy, $"GET /{usersPath} (dummy bearer token)").ConfigureAwait(false));
        }
        return observations;
    }

    private static async Task<PlainHttpObservation> SendAsync(ScimClient client, ScimRequest request, string what)
    {
        var url = client.ResolveUri(request);
        try
        {
            return new PlainHttpObservation(url, what, await client.SendAsync(request).ConfigureAwait(false), null);
        }
        catch (ScimTransportException e)
        {
            return new PlainHttpObservation(url, what, null, e.Message);
        }
    }
}
