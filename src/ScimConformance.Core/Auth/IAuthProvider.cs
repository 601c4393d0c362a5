namespace ScimConformance.Core.Auth;

/// <summary>Supplies the Authorization header for a request; refreshes its credential when it must.</summary>
public interface IAuthProvider
{
    /// <summary>Scheme name as advertised in authenticationSchemes ("oauthbearertoken", "httpbasic"), or "none".</summary>
    string Scheme { get; }

    /// <summary>The Authorization header value to send, or null for none.</summary>
    Task<string?> GetAuthorizationAsync(CancellationToken ct);

    /// <summary>Secret values this provider holds now (tokens it obtained included), for redaction.</summary>
    IReadOnlyCollection<string> Secrets { get; }
}
