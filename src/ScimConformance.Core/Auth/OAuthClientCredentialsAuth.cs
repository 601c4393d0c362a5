using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;

namespace ScimConformance.Core.Auth;

/// <summary>
/// OAuth 2.0 client credentials grant (RFC 6749 §4.4): obtains an access token from the token endpoint,
/// caches it, and fetches a new one before it expires (at 80% of its lifetime or 30 s before expiry,
/// whichever comes first). Every token it obtains joins <see cref="Secrets"/>.
/// </summary>
public sealed class OAuthClientCredentialsAuth : IAuthProvider, IDisposable
{
    /// <summary>Lifetime assumed when the token endpoint does not say (expires_in is only RECOMMENDED).</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(5);

    private readonly Uri _tokenUrl;
    private readonly string _clientId;
    private readonly string _clientSecret;
    private readonly string? _scope;
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Lock _secretsGate = new();
    private readonly List<string> _secrets;
    private volatile CachedToken? _current;

    public OAuthClientCredentialsAuth(Uri tokenUrl, string clientId, string clientSecret, string? scope,
        HttpMessageHandler handler, TimeSpan timeout, TimeProvider? clock = null)
    {
        _tokenUrl = tokenUrl;
        _clientId = clientId;
        _clientSecret = clientSecret;
        _scope = scope;
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = timeout };
        _clock = clock ?? TimeProvider.System;
        _secrets = [clientSecret];
    }

    public string Scheme => "oauthbearertoken";

    /// <summary>expires_in of the last token response; null before the first token or when the endpoint did not say.</summary>
    public TimeSpan? AdvertisedLifetime { get; private set; }

    /// <summary>When the current token expires by the lifetime the harness assumes (null before the first token).</summary>
    public DateTimeOffset? CurrentExpiresAt => _current?.ExpiresAt;

    /// <summary>When the provider will fetch a new token (null before the first token); always before <see cref="CurrentExpiresAt"/>.</summary>
    public DateTimeOffset? CurrentRefreshAt => _current?.RefreshAt;

    /// <summary>How many tokens were requested so far (diagnostics and tests).</summary>
    public int TokenRequests { get; private set; }

    public IReadOnlyCollection<string> Secrets
    {
        get
        {
            lock (_secretsGate) return _secrets.ToArray();
        }
    }

    public async Task<string?> GetAuthorizationAsync(CancellationToken ct)
    {
        var token = _current;
        if (token is not null && _clock.GetUtcNow() < token.RefreshAt) return "Bearer " + token.Value;
        await _refresh.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            token = _current;
            if (token is null || _clock.GetUtcNow() >= token.RefreshAt)
            {
                token = await RequestTokenAsync(ct).ConfigureAwait(false);
                _current = token;
            }
            return "Bearer " + token.Value;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<CachedToken> RequestTokenAsync(CancellationToken ct)
    {
        TokenRequests++;
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        if (!string.IsNullOrWhiteSpace(_scope)) form.Add(new("scope", _scope));
        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUrl) { Content = new FormUrlEncodedContent(form) };
        // RFC 6749 §2.3.1: the client id and secret are form-url-encoded before being joined for Basic.
        var pair = Uri.EscapeDataString(_clientId) + ":" + Uri.EscapeDataString(_clientSecret);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        var requestedAt = _clock.GetUtcNow();
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new ScimTransportException($"OAuth token endpoint {_tokenUrl} could not be reached: {TransportErrors.Describe(e)}");
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            var json = TryParseObject(body);
            var status = (int)response.StatusCode;
            if (status is 400 or 401 or 403)
                throw new ConfigurationException(
                    $"OAuth token endpoint {_tokenUrl} refused the client credentials of client '{_clientId}': {status}{ErrorCode(json)}. Check the client id, secret and scope.");
            if (status is < 200 or >= 300)
                throw new ScimTransportException($"OAuth token endpoint {_tokenUrl} answered {status}{ErrorCode(json)} instead of a token.");
            var value = json?["access_token"] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s)
                ? s
                : throw new ConfigurationException($"OAuth token endpoint {_tokenUrl} answered {status} without an access_token in a JSON body.");
            lock (_secretsGate)
            {
                if (!_secrets.Contains(value)) _secrets.Add(value);
            }
            AdvertisedLifetime = ExpiresIn(json!);
            var lifetime = AdvertisedLifetime ?? DefaultLifetime;
            return new CachedToken(value, requestedAt + RefreshDelay(lifetime), requestedAt + lifetime);
        }
    }

    /// <summary>
    /// Earlier of 80% of the lifetime and 30 s before expiry; a lifetime shorter than 30 s refreshes at 80%.
    /// Never "at once": a token fetched for every request would load the token endpoint and grow the redactor's
    /// secret list with every call.
    /// </summary>
    public static TimeSpan RefreshDelay(TimeSpan lifetime)
    {
        var eighty = TimeSpan.FromTicks(lifetime.Ticks * 4 / 5);
        var margin = lifetime - TimeSpan.FromSeconds(30);
        var delay = margin > TimeSpan.Zero && margin < eighty ? margin : eighty;
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    private static TimeSpan? ExpiresIn(JsonObject json)
    {
        var node = json["expires_in"];
        if (node is not JsonValue value) return null;
        if (value.TryGetValue<double>(out var seconds) && seconds > 0) return TimeSpan.FromSeconds(seconds);
        if (value.TryGetValue<string>(out var text) && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out seconds) && seconds > 0)
            return TimeSpan.FromSeconds(seconds);
        return null;
    }

    // Only the RFC 6749 §5.2 error code is echoed: error_description may repeat what the client sent.
    private static string ErrorCode(JsonObject? json) =>
        json?["error"] is JsonValue v && v.TryGetValue<string>(out var code) && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? " " + code
            : "";

    private static JsonObject? TryParseObject(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _http.Dispose();
        _refresh.Dispose();
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt);
}
