using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;
using ScimConformance.Core.Redaction;

namespace ScimConformance.Core.Security;

/// <summary>A token the security suite obtained for itself (never the run's own token).</summary>
public sealed record IssuedToken(string Value, TimeSpan? ExpiresIn, DateTimeOffset ObtainedAt);

/// <summary>
/// Talks to the OAuth 2.0 token endpoint (RFC 6749 §4.4) and revocation endpoint (RFC 7009) with the run's
/// client credentials, for the expiry and revocation checks. Every token it obtains is registered with the
/// redactor before it is returned. Requests go only to the configured token and revocation URLs.
/// </summary>
public sealed class OAuthTokenClient(TargetSettings settings, Redactor redactor) : IDisposable
{
    private readonly HttpClient _http = new(HttpHandlerFactory.Create(settings), disposeHandler: true) { Timeout = settings.Timeout };

    public bool CanObtain => settings.Auth == AuthKind.OAuthClientCredentials && settings.OAuthTokenUrl is not null
        && settings.OAuthClientId is not null && settings.OAuthClientSecret is not null;

    public async Task<IssuedToken> ObtainAsync(CancellationToken ct = default)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        if (!string.IsNullOrWhiteSpace(settings.OAuthScope)) form.Add(new("scope", settings.OAuthScope));
        var obtainedAt = DateTimeOffset.UtcNow;
        var (status, json) = await PostAsync(settings.OAuthTokenUrl!, form, ct).ConfigureAwait(false);
        var value = json?["access_token"] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)
            ? s
            : throw new ScimTransportException($"the token endpoint answered {status} without an access_token.");
        redactor.AddSecret(value);
        TimeSpan? expiresIn = json!["expires_in"] is JsonValue e && e.TryGetValue<double>(out var seconds) && seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;
        return new IssuedToken(value, expiresIn, obtainedAt);
    }

    /// <summary>RFC 7009 §2.1 revocation; returns the HTTP status (200 means revoked or unknown).</summary>
    public async Task<int> RevokeAsync(Uri revocationUrl, string token, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(revocationUrl);
        var (status, _) = await PostAsync(revocationUrl, [new("token", token), new("token_type_hint", "access_token")], ct).ConfigureAwait(false);
        return status;
    }

    private async Task<(int Status, JsonObject? Json)> PostAsync(Uri url, List<KeyValuePair<string, string>> form, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(form) };
        var pair = Uri.EscapeDataString(settings.OAuthClientId!) + ":" + Uri.EscapeDataString(settings.OAuthClientSecret!);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await _http.SendAsync(request, ct).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            JsonObject? json = null;
            try
            {
                json = JsonNode.Parse(body) as JsonObject;
            }
            catch (JsonException)
            {
                // Not JSON: the caller judges by status.
            }
            return ((int)response.StatusCode, json);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new ScimTransportException(redactor.RedactText($"{url} could not be reached: {TransportErrors.Describe(e)}"));
        }
    }

    public void Dispose() => _http.Dispose();
}
