namespace ScimConformance.Core.Auth;

/// <summary>No credentials (an open endpoint, or one behind a network boundary).</summary>
public sealed class NoAuth : IAuthProvider
{
    public string Scheme => "none";

    public Task<string?> GetAuthorizationAsync(CancellationToken ct) => Task.FromResult<string?>(null);

    public IReadOnlyCollection<string> Secrets => [];
}
