namespace ScimConformance.Core.Auth;

/// <summary>A long-lived bearer token given by the user (RFC 6750).</summary>
public sealed class StaticBearerAuth(string token) : IAuthProvider
{
    private readonly string _token = string.IsNullOrWhiteSpace(token)
        ? throw new ArgumentException("A bearer token is required.", nameof(token))
        : token;

    public string Scheme => "oauthbearertoken";

    public Task<string?> GetAuthorizationAsync(CancellationToken ct) => Task.FromResult<string?>("Bearer " + _token);

    public IReadOnlyCollection<string> Secrets => [_token];
}
