using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ScimConformance.Core.Security;
using ScimConformance.ReferenceServer;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Security;

/// <summary>
/// A target for the security suite with every input a security run can use: an HTTPS proxy (self-signed
/// CA on 127.0.0.1) in front of two reference servers (one per tenant), which maps the bed's tokens to
/// upstream credentials — the run's JWT-shaped token, a second tenant's, a read-only, an expired and a
/// revoked one — and a plain-http listener that redirects. <see cref="Misbehaviour"/> flags turn single
/// behaviours into vendor bugs. Both listeners record every request they receive.
/// </summary>
internal sealed class SecurityTestBed : IAsyncDisposable
{
    public const string TokenVariable = "SCIMCONF_SECBED_TOKEN";
    public const string SecondVariable = "SCIMCONF_SECBED_SECOND";
    public const string ReadOnlyVariable = "SCIMCONF_SECBED_READONLY";
    public const string ExpiredVariable = "SCIMCONF_SECBED_EXPIRED";
    public const string RevokedVariable = "SCIMCONF_SECBED_REVOKED";
    public const string ClientSecretVariable = "SCIMCONF_SECBED_CLIENT_SECRET";
    public const string ClientId = "scimconf-harness";

    /// <summary>Lifetime of the tokens the bed's OAuth endpoint issues (short, so SEC-020 really waits).</summary>
    public static readonly TimeSpan OAuthLifetime = TimeSpan.FromSeconds(4);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IssuedBedToken> _issued = new(StringComparer.Ordinal);

    private readonly HttpClient _upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false });
    private ReferenceServerHost _primary = null!;
    private ReferenceServerHost _secondary = null!;
    private readonly string _primaryToken = "upstream-" + Hex(24);
    private readonly string _secondaryToken = "upstream-" + Hex(24);
    private readonly Misbehaviour _bugs;

    private SecurityTestBed(Misbehaviour bugs, string directory)
    {
        _bugs = bugs;
        Directory = directory;
    }

    public string Token { get; } = FakeJwt(withExp: true);
    public string SecondTenantToken { get; } = "tenant2-" + Hex(24);
    public string ReadOnlyToken { get; } = "readonly-" + Hex(24);
    public string ExpiredToken { get; } = "expired-" + Hex(24);
    public string RevokedToken { get; } = "revoked-" + Hex(24);
    public string ClientSecret { get; } = "client-secret-" + Hex(16);
    public IReadOnlyList<string> AllTokens =>
        [Token, SecondTenantToken, ReadOnlyToken, ExpiredToken, RevokedToken, ClientSecret, _primaryToken, _secondaryToken, .. _issued.Keys];

    /// <summary>How many tokens the OAuth endpoint issued, and how many were revoked.</summary>
    public int IssuedCount => _issued.Count;
    public int RevokedCount => _issued.Values.Count(t => t.Revoked);

    public StubHttpServer Proxy { get; private set; } = null!;
    public StubHttpServer PlainListener { get; private set; } = null!;
    public string Directory { get; }
    public string CaCertPath => Path.Combine(Directory, "ca.pem");
    public Uri BaseUrl => Proxy.ScimBase;

    public static async Task<SecurityTestBed> StartAsync(Misbehaviour bugs)
    {
        var bed = new SecurityTestBed(bugs, System.IO.Directory.CreateTempSubdirectory("scimconf-secbed-").FullName);
        bed._primary = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { Port = 0, Token = bed._primaryToken });
        bed._secondary = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { Port = 0, Token = bed._secondaryToken });
        var certificate = SelfSignedCertificate.ForLoopback();
        SelfSignedCertificate.WritePem(certificate, bed.CaCertPath);
        bed.Proxy = await StubHttpServer.StartAsync(bed.ProxyAsync, certificate);
        bed.PlainListener = await StubHttpServer.StartAsync(bed.PlainAsync);
        return bed;
    }

    /// <summary>The `scimconf run` arguments that give the security suite every input, writing reports to <paramref name="outDir"/>.</summary>
    public string[] RunArguments(string outDir) =>
    [
        "run", "--base-url", BaseUrl.ToString(), "--token-env", TokenVariable,
        .. Has(Misbehaviour.UntrustedCertificate) ? new[] { "--insecure" } : ["--ca-cert", CaCertPath],
        "--second-tenant-token-env", SecondVariable, "--read-only-token-env", ReadOnlyVariable,
        "--expired-token-env", ExpiredVariable, "--revoked-token-env", RevokedVariable,
        "--plain-http-url", PlainListener.ScimBase.ToString(), "--include", "area:Security", "--out", outDir, "--timeout", "20",
    ];

    /// <summary>Arguments for a run authenticated by OAuth client credentials, with no configured expired or revoked token.</summary>
    public string[] OAuthRunArguments(string outDir) =>
    [
        "run", "--base-url", BaseUrl.ToString(), "--ca-cert", CaCertPath, "--auth", "oauth",
        "--oauth-token-url", new Uri(Proxy.Root, "oauth/token").ToString(), "--oauth-client-id", ClientId,
        "--oauth-client-secret-env", ClientSecretVariable, "--oauth-revocation-url", new Uri(Proxy.Root, "oauth/revoke").ToString(),
        "--max-expiry-wait", "30", "--include", "SEC-02*", "--out", outDir, "--timeout", "20",
    ];

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        [ClientSecretVariable] = ClientSecret,
        [TokenVariable] = Token,
        [SecondVariable] = SecondTenantToken,
        [ReadOnlyVariable] = ReadOnlyToken,
        [ExpiredVariable] = ExpiredToken,
        [RevokedVariable] = RevokedToken,
    };

    private bool Has(Misbehaviour bug) => (_bugs & bug) != 0;

    private async Task ProxyAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/oauth"))
        {
            await OAuthAsync(context);
            return;
        }
        if (Has(Misbehaviour.ServerErrors) && (HasInvalidJson(context) || request.Query["filter"].ToString().Contains('\'', StringComparison.Ordinal)))
        {
            await RefuseAsync(context, 500, null, "The server failed to process the request.");
            return;
        }
        var presented = request.Headers.Authorization.ToString();
        var token = presented.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? presented["Bearer ".Length..].Trim() : null;
        if (token is null && Has(Misbehaviour.AcceptQueryToken) && request.Query.TryGetValue("access_token", out var fromQuery)) token = fromQuery.ToString();

        if (request.Path.Value?.EndsWith("/Me", StringComparison.Ordinal) == true && token == Token)
        {
            // A /Me alias that redirects to another origin: the harness must not follow it with its credentials.
            context.Response.StatusCode = 308;
            context.Response.Headers.Location = new Uri(PlainListener.Root, "scim/v2/Users/me-redirect-target").ToString();
            AddHsts(context);
            return;
        }

        (ReferenceServerHost Host, string? Credential) route = (_primary, null);
        if (token == Token) route = (_primary, _primaryToken);
        else if (token == SecondTenantToken) route = Has(Misbehaviour.CrossTenant) ? (_primary, _primaryToken) : (_secondary, _secondaryToken);
        else if (token == ReadOnlyToken)
        {
            var isRead = HttpMethods.IsGet(request.Method) || request.Path.Value?.EndsWith("/.search", StringComparison.Ordinal) == true;
            if (!isRead && !Has(Misbehaviour.ReadOnlyCanWrite))
            {
                await RefuseAsync(context, 403, "Bearer realm=\"scim\", error=\"insufficient_scope\"", "The token does not allow writes.");
                return;
            }
            route = (_primary, _primaryToken);
        }
        else if (token == ExpiredToken && Has(Misbehaviour.AcceptExpired)) route = (_primary, _primaryToken);
        else if (token == RevokedToken && Has(Misbehaviour.AcceptRevoked)) route = (_primary, _primaryToken);
        else if (token is not null && _issued.TryGetValue(token, out var issued))
        {
            var usable = (!issued.Revoked || Has(Misbehaviour.AcceptRevoked)) && (DateTimeOffset.UtcNow < issued.ExpiresAt || Has(Misbehaviour.AcceptExpired));
            if (usable) route = (_primary, _primaryToken);
        }
        else if (token is { Length: > 0 } && Has(Misbehaviour.AcceptAnyToken)) route = (_primary, _primaryToken);
        else if (token is not null && JwtToken.TryParse(token, out var jwt) && Accepts(jwt)) route = (_primary, _primaryToken);

        if (route.Credential is null && Has(Misbehaviour.AnonymousAllowed)) route = (_primary, _primaryToken);
        if (route.Credential is null && Has(Misbehaviour.EchoToken) && presented.Length > 0)
        {
            await RefuseAsync(context, 401, "Bearer realm=\"scim\", error=\"invalid_token\"", "Token not recognised: " + presented);
            return;
        }
        await ForwardAsync(context, route.Host, route.Credential ?? (token is null && presented.Length == 0 ? null : "invalid-" + Hex(4)));
    }

    private async Task OAuthAsync(HttpContext context)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(ClientId) + ":" + Uri.EscapeDataString(ClientSecret)));
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Headers.Authorization.ToString() != expected)
        {
            await RefuseAsync(context, 401, "Basic realm=\"oauth\"", "invalid_client");
            return;
        }
        var form = System.Web.HttpUtility.ParseQueryString(context.Items[StubHttpServer.BodyItem] as string ?? "");
        context.Response.ContentType = "application/json";
        if (context.Request.Path.Value!.EndsWith("/revoke", StringComparison.Ordinal))
        {
            if (form["token"] is { } revoked && _issued.TryGetValue(revoked, out var entry)) _issued[revoked] = entry with { Revoked = true };
            await context.Response.WriteAsync("{}", context.RequestAborted);
            return;
        }
        var token = "oauth-" + Hex(24);
        _issued[token] = new IssuedBedToken(DateTimeOffset.UtcNow + OAuthLifetime, false);
        var body = new JsonObject { ["access_token"] = token, ["token_type"] = "Bearer", ["expires_in"] = (int)OAuthLifetime.TotalSeconds };
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private bool Accepts(JwtToken jwt)
    {
        var alg = jwt.Algorithm ?? "";
        if (alg.Equals("none", StringComparison.OrdinalIgnoreCase)) return Has(Misbehaviour.AcceptAlgNone);
        return Has(Misbehaviour.IgnoreSignature) && alg == "RS256";
    }

    private async Task ForwardAsync(HttpContext context, ReferenceServerHost host, string? credential)
    {
        var request = context.Request;
        var target = new Uri(host.BaseUrl.GetLeftPart(UriPartial.Authority) + request.Path + request.QueryString);
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), target);
        if (credential is not null) message.Headers.TryAddWithoutValidation("Authorization", "Bearer " + credential);
        if (context.Items[StubHttpServer.BodyItem] is string { Length: > 0 } body)
            message.Content = new StringContent(body, Encoding.UTF8, MediaTypeOf(request.ContentType));
        HttpResponseMessage response;
        try
        {
            response = await _upstream.SendAsync(message, context.RequestAborted);
        }
        catch (HttpRequestException)
        {
            await RefuseAsync(context, 502, null, "Upstream failed.");
            return;
        }
        using (response)
        {
            var answer = await response.Content.ReadAsStringAsync(context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var header in response.Headers.Concat(response.Content.Headers))
            {
                if (header.Key is "Transfer-Encoding" or "Content-Length") continue;
                if (header.Key == "WWW-Authenticate" && Has(Misbehaviour.NoChallenge)) continue;
                context.Response.Headers[header.Key] = header.Value.ToArray();
            }
            if (Has(Misbehaviour.StackTraces) && context.Response.StatusCode >= 400 && answer.Length > 0 && JsonNode.Parse(answer) is JsonObject error)
            {
                error["detail"] = "System.InvalidOperationException: Sequence contains no elements\n   at Scim.Store.UserRepository.Find(String id) in /src/Store/UserRepository.cs:line 42";
                answer = error.ToJsonString();
            }
            AddHsts(context);
            await context.Response.WriteAsync(answer, context.RequestAborted);
        }
    }

    private static bool HasInvalidJson(HttpContext context)
    {
        if (context.Items[StubHttpServer.BodyItem] is not string { Length: > 0 } body) return false;
        try
        {
            JsonNode.Parse(body);
            return false;
        }
        catch (System.Text.Json.JsonException)
        {
            return true;
        }
    }

    private static string MediaTypeOf(string? contentType) => contentType?.Split(';')[0].Trim() is { Length: > 0 } type ? type : "application/scim+json";

    private async Task PlainAsync(HttpContext context)
    {
        if (Has(Misbehaviour.ServesPlainHttp))
        {
            // The bug: the plain listener serves the API (with the service's own credential) to anyone.
            await ForwardAsync(context, _primary, _primaryToken);
            return;
        }
        context.Response.StatusCode = 308;
        context.Response.Headers.Location = new Uri(Proxy.Root, context.Request.Path.Value?.TrimStart('/') ?? "").ToString();
    }

    private void AddHsts(HttpContext context)
    {
        if (!Has(Misbehaviour.NoHsts) && context.Request.IsHttps) context.Response.Headers.StrictTransportSecurity = "max-age=31536000";
    }

    private async Task RefuseAsync(HttpContext context, int status, string? challenge, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/scim+json";
        if (challenge is not null && !Has(Misbehaviour.NoChallenge)) context.Response.Headers.WWWAuthenticate = challenge;
        AddHsts(context);
        var body = new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:Error"),
            ["status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["detail"] = detail,
        };
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private static string FakeJwt(bool withExp)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new JsonObject { ["iss"] = "https://127.0.0.1/oauth", ["sub"] = "client-1", ["aud"] = "scim", ["scope"] = "scim", ["iat"] = now, ["jti"] = Hex(8) };
        if (withExp) payload["exp"] = now + 3600;
        return JwtToken.Encode(new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT" }) + "." + JwtToken.Encode(payload) + "." + JwtToken.Base64Url(RandomNumberGenerator.GetBytes(256));
    }

    private static string Hex(int bytes) => Convert.ToHexString(RandomNumberGenerator.GetBytes(bytes)).ToLowerInvariant();

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await PlainListener.DisposeAsync();
        await _primary.DisposeAsync();
        await _secondary.DisposeAsync();
        _upstream.Dispose();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp directory left behind is harmless.
        }
    }
}

internal sealed record IssuedBedToken(DateTimeOffset ExpiresAt, bool Revoked);
