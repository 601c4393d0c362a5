using System.Security.Cryptography;
using System.Text;
using ScimConformance.ReferenceServer.Security;

namespace ScimConformance.ReferenceServer.Http;

/// <summary>
/// Authenticates every request outside the OAuth endpoints by its bearer token (RFC 6750 section 2.1, header only):
/// a static tenant token or a JWT from the token endpoint. Failures answer 401 with a Bearer challenge
/// (error="invalid_token" when a token was presented, section 3.1); a read-only caller that tries to write
/// gets 403 insufficient_scope. The authenticated caller is attached to the request for tenant scoping.
/// </summary>
internal sealed class BearerAuthentication
{
    private const string Challenge = "Bearer realm=\"scim\"";

    private readonly (byte[] Token, Caller Caller)[] _staticTokens;
    private readonly JwtTokens _jwts;
    private readonly DefectSwitches _defects;
    private readonly bool _https;

    public BearerAuthentication(IReadOnlyList<(string Token, Caller Caller)> staticTokens, JwtTokens jwts, DefectSwitches defects, bool https)
    {
        _staticTokens = staticTokens.Select(t => (Encoding.UTF8.GetBytes(t.Token), t.Caller)).ToArray();
        _jwts = jwts;
        _defects = defects;
        _https = https;
    }

    /// <summary>Paths that authenticate on their own (client credentials) or are public (the signing key).</summary>
    public static bool IsOpen(PathString path) =>
        path.StartsWithSegments("/oauth", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// GETs of the discovery endpoints, readable without credentials: RFC 7643 section 5 says authenticationSchemes SHOULD be,
    /// and a client needs all three documents before it knows how to authenticate and what to send.
    /// </summary>
    private static bool IsDiscovery(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments(ScimUrls.BasePath, StringComparison.OrdinalIgnoreCase, out var rest)
        && (rest.StartsWithSegments("/ServiceProviderConfig", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWithSegments("/ResourceTypes", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWithSegments("/Schemas", StringComparison.OrdinalIgnoreCase));

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (IsOpen(context.Request.Path) || (IsDiscovery(context.Request) && !_defects.IsOn(DiscoveryQuirks.DiscoveryRequiresAuth)))
        {
            await next(context);
            return;
        }

        if (_https && !context.Request.IsHttps && _defects.IsOn(SecurityDefects.PlainHttpServesData))
        {
            // The plain-http-serves-data defect: the "internal" plain-HTTP port trusts whoever reaches it.
            _staticTokens[0].Caller.AttachTo(context);
            await next(context);
            return;
        }

        var token = PresentedToken(context.Request);
        if (token is null)
        {
            await RefuseAsync(context, Challenge, "Authorization with a bearer token is required.");
            return;
        }

        var caller = Authenticate(token);
        if (caller is null)
        {
            await RefuseAsync(context, Challenge + ", error=\"invalid_token\"", "The bearer token is not valid.");
            return;
        }

        if (caller.ReadOnly && Writes(context.Request) && !_defects.IsOn(SecurityDefects.ReadOnlyScopeIgnored))
        {
            context.Response.Headers.WWWAuthenticate = Challenge + ", error=\"insufficient_scope\", scope=\"" + JwtTokens.WriteScope + "\"";
            var writer = context.RequestServices.GetRequiredService<ScimResponseWriter>();
            await writer.WriteErrorAsync(context, StatusCodes.Status403Forbidden, null, "The token's scope allows reading only.");
            return;
        }

        caller.AttachTo(context);
        await next(context);
    }

    private string? PresentedToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var token = header["Bearer ".Length..].Trim();
            return token.Length == 0 ? null : token;
        }

        // RFC 6750 section 2.3 allows a URI query parameter, but tokens in URLs end up in logs and histories;
        // this server never reads it, except under the accepts-query-token defect.
        if (header.Length == 0 && _defects.IsOn(SecurityDefects.AcceptsQueryToken) && request.Query["access_token"].FirstOrDefault() is { Length: > 0 } fromQuery)
        {
            return fromQuery;
        }

        return null;
    }

    private Caller? Authenticate(string token)
    {
        var presented = Encoding.UTF8.GetBytes(token);
        Caller? match = null;
        foreach (var (expected, caller) in _staticTokens)
        {
            // Compare against every static token so the time taken does not tell which one nearly matched.
            if (CryptographicOperations.FixedTimeEquals(presented, expected)) match ??= caller;
        }

        if (match is not null) return match;
        if (!JwtTokens.LooksLikeJwt(token)) return null;
        var check = _jwts.Validate(token);
        return check.Claims is { } claims ? new Caller(claims.Tenant, claims.Subject, claims.ReadOnly) : null;
    }

    /// <summary>Requests that change data: every method but GET and HEAD, except a POST search (RFC 7644 section 3.4.3).</summary>
    private static bool Writes(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)
            || (HttpMethods.IsPost(request.Method) && request.Path.Value is { } path && path.TrimEnd('/').EndsWith("/.search", StringComparison.OrdinalIgnoreCase)));

    private Task RefuseAsync(HttpContext context, string challenge, string detail)
    {
        if (!_defects.IsOn(SecurityDefects.NoWwwAuthenticate))
        {
            context.Response.Headers.WWWAuthenticate = challenge;
        }

        var writer = context.RequestServices.GetRequiredService<ScimResponseWriter>();
        return writer.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, null, detail);
    }
}
