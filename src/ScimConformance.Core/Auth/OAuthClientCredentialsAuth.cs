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

    private readonly OAuthWireClient _wire;
    private readonly string? _scope;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly Lock _secretsGate = new();
    private readonly List<string> _secrets;
    private volatile CachedToken? _current;

    public OAuthClientCredentialsAuth(Uri tokenUrl, string clientId, string clientSecret, string? scope,
        HttpMessageHandler handler, TimeSpan timeout, TimeProvider? clock = null)
    {
        _wire = new OAuthWireClient(tokenUrl, clientId, clientSecret, handler, timeout);
        _scope = scope;
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
        var requestedAt = _clock.GetUtcNow();
        var reply = await _wire.RequestTokenAsync(_scope, ct).ConfigureAwait(false);
        var tokenUrl = _wire.TokenUrl;
        if (reply.Status is 400 or 401 or 403)
            throw new ConfigurationException(
                $"OAuth token endpoint {tokenUrl} refused the client credentials of client '{_wire.ClientId}': {reply.Status}{reply.ErrorCode}. Check the client id, secret and scope.");
        if (!reply.IsSuccess)
            throw new ScimTransportException($"OAuth token endpoint {tokenUrl} answered {reply.Status}{reply.ErrorCode} instead of a token.");
        var value = reply.AccessToken
            ?? throw new ConfigurationException($"OAuth token endpoint {tokenUrl} answered {reply.Status} without an access_token in a JSON body.");
        lock (_secretsGate)
        {
            if (!_secrets.Contains(value)) _secrets.Add(value);
        }
        AdvertisedLifetime = reply.ExpiresIn;
        var lifetime = AdvertisedLifetime ?? DefaultLifetime;
        return new CachedToken(value, requestedAt + RefreshDelay(lifetime), requestedAt + lifetime);
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

    public void Dispose()
    {
        _wire.Dispose();
        _refresh.Dispose();
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt, DateTimeOffset ExpiresAt);
}
