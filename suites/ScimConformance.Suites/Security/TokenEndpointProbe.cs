using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;
using ScimConformance.Core.Run;

namespace ScimConformance.Suites.Security;

/// <summary>
/// Form posts to the run's OAuth token endpoint (RFC 6749 §4.4) through a client of its own that shares the run's
/// journal, so each exchange is evidence like any other and its credentials are masked. Only the client id travels as
/// given; the secret is the one the caller passes, registered with the redactor before it is sent.
/// </summary>
internal static class TokenEndpointProbe
{
    /// <summary>The token URL, client id and secret of the run, or null when the run does not use OAuth client credentials.</summary>
    public static (Uri TokenUrl, string ClientId, string ClientSecret)? Configured(ScimRun run) =>
        run.Settings is { Auth: AuthKind.OAuthClientCredentials, OAuthTokenUrl: { } url, OAuthClientId: { } id, OAuthClientSecret: { } secret }
            ? (url, id, secret)
            : null;

    public static async Task<ScimResponse> PostAsync(ScimRun run, Uri tokenUrl, string clientId, string clientSecret, string grantType)
    {
        run.Journal.Redactor.AddSecret(clientSecret);
        // The client joins relative paths to its base URL: the token URL's folder, then its last segment.
        var folder = new Uri(tokenUrl, ".");
        var settings = run.Settings with { BaseUrl = folder, Auth = AuthKind.None };
        using var client = new ScimClient(settings, new NoAuth(), run.Journal);
        return await client.SendAsync(new ScimRequest(HttpMethod.Post, tokenUrl.AbsolutePath[folder.AbsolutePath.Length..] + tokenUrl.Query)
        {
            Authenticate = false,
            RawBody = "grant_type=" + Uri.EscapeDataString(grantType),
            ContentType = "application/x-www-form-urlencoded",
            Headers = [new("Authorization", "Basic " + OAuthWireClient.BasicCredentials(clientId, clientSecret)), new("Accept", "application/json")],
        }).ConfigureAwait(false);
    }
}
