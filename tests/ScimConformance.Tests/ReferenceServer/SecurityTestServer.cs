using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>
/// A reference server in security mode (HTTPS with its own CA, a redirecting plain-HTTP port, OAuth clients, a
/// read-only token and a second tenant) and HTTP clients that trust exactly the CA it wrote.
/// </summary>
internal sealed class SecurityTestServer : IAsyncDisposable
{
    public const string Token = "security-test-default-token";
    public const string ReadOnlyToken = "security-test-read-only-token";
    public const string SecondTenantToken = "security-test-tenant-b-token";
    public const string SecondTenant = "tenant-b";
    public const string ClientId = "full-client";
    public const string ClientSecret = "full-client-secret";
    public const string ReadOnlyClientId = "read-client";
    public const string ReadOnlyClientSecret = "read-client-secret";
    public const string SecondTenantClientId = "tenant-b-client";
    public const string SecondTenantClientSecret = "tenant-b-secret";

    private readonly X509Certificate2 _ca;

    private SecurityTestServer(ReferenceServerHost host)
    {
        Host = host;
        _ca = X509Certificate2.CreateFromPem(File.ReadAllText(host.CaCertificatePath!));
        Anonymous = NewClient();
    }

    public ReferenceServerHost Host { get; }

    /// <summary>A client that trusts the server's CA and sends no credentials.</summary>
    public HttpClient Anonymous { get; }

    public static async Task<SecurityTestServer> StartAsync(TimeSpan? tokenTtl = null, params string[] defects) =>
        new(await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            Token = Token,
            Https = true,
            PlainHttpRedirect = true,
            TokenTtl = tokenTtl ?? TimeSpan.FromHours(1),
            Defects = defects,
            OAuthClients =
            [
                new OAuthClient(ClientId, ClientSecret, "default", ReadOnly: false),
                new OAuthClient(ReadOnlyClientId, ReadOnlyClientSecret, "default", ReadOnly: true),
                new OAuthClient(SecondTenantClientId, SecondTenantClientSecret, SecondTenant, ReadOnly: false),
            ],
            TenantTokens =
            [
                new TenantToken(ReadOnlyToken, "default", ReadOnly: true),
                new TenantToken(SecondTenantToken, SecondTenant, ReadOnly: false),
            ],
        }));

    /// <summary>An HttpClient that trusts only the CA the server wrote (and still checks the host name), never following redirects.</summary>
    public HttpClient NewClient(Action<SslClientAuthenticationOptions>? tune = null)
    {
        var ssl = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, certificate, _, errors) => Trusted(certificate, errors) };
        tune?.Invoke(ssl);
        return new HttpClient(new SocketsHttpHandler { SslOptions = ssl, AllowAutoRedirect = false, UseProxy = false });
    }

    public bool Trusted(X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None) return false;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(_ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(new X509Certificate2(certificate));
    }

    public Uri Url(string relative) => new(Host.BaseUrl + relative);

    public async Task<ScimReply> SendAsync(HttpMethod method, string relative, string? bearer, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, relative.StartsWith("http", StringComparison.Ordinal) ? new Uri(relative) : Url(relative));
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/scim+json");
        using var response = await Anonymous.SendAsync(request);
        return await ScimReply.ReadAsync(response);
    }

    public Task<ScimReply> GetAsync(string relative, string? bearer) => SendAsync(HttpMethod.Get, relative, bearer);

    public async Task<string> CreateUserAsync(string userName, string bearer)
    {
        var reply = await SendAsync(HttpMethod.Post, "/Users", bearer, ScimTestServer.NewUser(userName));
        if (reply.Status != HttpStatusCode.Created) throw new InvalidOperationException($"Creating a user failed: {reply}");
        return (string)reply.Object["id"]!;
    }

    /// <summary>Posts client credentials to the token endpoint (HTTP Basic unless <paramref name="inForm"/>).</summary>
    public async Task<HttpResponseMessage> RequestTokenAsync(string clientId, string secret, string grantType = "client_credentials", string? scope = null, bool inForm = false)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", grantType) };
        if (scope is not null) form.Add(new("scope", scope));
        if (inForm)
        {
            form.Add(new("client_id", clientId));
            form.Add(new("client_secret", secret));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, Host.TokenUrl) { Content = new FormUrlEncodedContent(form) };
        if (!inForm) request.Headers.Authorization = BasicFor(clientId, secret);
        return await Anonymous.SendAsync(request);
    }

    /// <summary>A fresh access token for a client (the JWT string).</summary>
    public async Task<string> AccessTokenAsync(string clientId = ClientId, string secret = ClientSecret, string? scope = null)
    {
        using var response = await RequestTokenAsync(clientId, secret, scope: scope);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Token request failed: {(int)response.StatusCode} {body}");
        return (string)body["access_token"]!;
    }

    public async Task<HttpStatusCode> RevokeAsync(string token, string clientId = ClientId, string secret = ClientSecret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Host.RevocationUrl)
        {
            Content = new FormUrlEncodedContent([new("token", token), new("token_type_hint", "access_token")]),
        };
        request.Headers.Authorization = BasicFor(clientId, secret);
        using var response = await Anonymous.SendAsync(request);
        return response.StatusCode;
    }

    public static AuthenticationHeaderValue BasicFor(string user, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(user) + ":" + Uri.EscapeDataString(secret))));

    public async ValueTask DisposeAsync()
    {
        Anonymous.Dispose();
        _ca.Dispose();
        await Host.DisposeAsync();
    }
}

/// <summary>Takes a JWT apart and puts it back together, for tampering tests.</summary>
internal static class Jwt
{
    public static (JsonObject Header, JsonObject Payload, string Signature) Split(string token)
    {
        var parts = token.Split('.');
        return (JsonNode.Parse(Decode(parts[0]))!.AsObject(), JsonNode.Parse(Decode(parts[1]))!.AsObject(), parts[2]);
    }

    public static string Join(JsonObject header, JsonObject payload, string signature) =>
        Encode(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Encode(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + signature;

    public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Decode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }
}
