using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;
using ScimConformance.Core.Redaction;

namespace ScimConformance.Core.Security;

/// <summary>A token the security suite obtained for itself (never the run's own token).</summary>
public sealed record IssuedToken(string Value, TimeSpan? ExpiresIn, DateTimeOffset ObtainedAt);

/// <summary>
/// Obtains and revokes tokens with the run's client credentials, for the expiry and revocation checks, through the
/// same <see cref="OAuthWireClient"/> the run's auth provider uses. Every token it obtains is registered with the
/// redactor before it is returned. Requests go only to the configured token and revocation URLs.
/// </summary>
public sealed class OAuthTokenClient(TargetSettings settings, Redactor redactor) : IDisposable
{
    private readonly OAuthWireClient? _wire = settings.Auth == AuthKind.OAuthClientCredentials && settings.OAuthTokenUrl is not null
        && settings.OAuthClientId is not null && settings.OAuthClientSecret is not null
            ? new OAuthWireClient(settings.OAuthTokenUrl, settings.OAuthClientId, settings.OAuthClientSecret, HttpHandlerFactory.Create(settings), settings.Timeout)
            : null;

    public bool CanObtain => _wire is not null;

    public async Task<IssuedToken> ObtainAsync(CancellationToken ct = default)
    {
        var obtainedAt = DateTimeOffset.UtcNow;
        var reply = await Send(w => w.RequestTokenAsync(settings.OAuthScope, ct)).ConfigureAwait(false);
        var value = reply.AccessToken ?? throw new ScimTransportException($"the token endpoint answered {reply.Status}{reply.ErrorCode} without an access_token.");
        redactor.AddSecret(value);
        return new IssuedToken(value, reply.ExpiresIn, obtainedAt);
    }

    /// <summary>RFC 7009 §2.1 revocation; returns the HTTP status (200 means revoked or unknown).</summary>
    public async Task<int> RevokeAsync(Uri revocationUrl, string token, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(revocationUrl);
        return (await Send(w => w.RevokeAsync(revocationUrl, token, ct)).ConfigureAwait(false)).Status;
    }

    private async Task<OAuthReply> Send(Func<OAuthWireClient, Task<OAuthReply>> call)
    {
        var wire = _wire ?? throw new InvalidOperationException("The run does not use OAuth client credentials; check CanObtain first.");
        try
        {
            return await call(wire).ConfigureAwait(false);
        }
        catch (ScimTransportException e)
        {
            throw new ScimTransportException(redactor.RedactText(e.Message));
        }
    }

    public void Dispose() => _wire?.Dispose();
}
