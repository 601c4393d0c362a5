using System.Text;

namespace ScimConformance.Core.Auth;

/// <summary>HTTP Basic authentication (RFC 7617) with a user name and password.</summary>
public sealed class HttpBasicAuth(string user, string password) : IAuthProvider
{
    private readonly string _header = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password));

    public string Scheme => "httpbasic";

    public Task<string?> GetAuthorizationAsync(CancellationToken ct) => Task.FromResult<string?>(_header);

    /// <summary>The password and the encoded pair, so neither form leaks into a transcript.</summary>
    public IReadOnlyCollection<string> Secrets => [password, _header["Basic ".Length..]];
}
