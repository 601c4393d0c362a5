using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Primitives;

namespace ScimConformance.ReferenceServer.Security;

/// <summary>
/// The OAuth 2.0 side of the server: client-credentials token endpoint (RFC 6749 section 4.4), token revocation
/// (RFC 7009) and the public signing key (RFC 7517). Errors use the OAuth error format (RFC 6749 section 5.2).
/// </summary>
internal static class OAuthEndpoints
{
    public const string TokenPath = "/oauth/token";
    public const string RevokePath = "/oauth/revoke";
    public const string JwksPath = "/.well-known/jwks.json";

    public static void Map(WebApplication app, IReadOnlyList<OAuthClient> clients, JwtTokens tokens, DefectSwitches defects)
    {
        // token-for-any-secret: the token endpoint looks clients up by id alone.
        var anySecret = defects.IsOn(TransportQuirks.TokenForAnySecret);
        app.MapPost(TokenPath, (HttpContext context) => IssueAsync(context, clients, tokens, anySecret));
        app.MapPost(RevokePath, (HttpContext context) => RevokeAsync(context, clients, tokens));
        app.MapGet(JwksPath, (HttpContext context) => WriteAsync(context, StatusCodes.Status200OK, tokens.Jwks()));
    }

    private static async Task IssueAsync(HttpContext context, IReadOnlyList<OAuthClient> clients, JwtTokens tokens, bool anySecret)
    {
        var (form, client, refusal) = await AuthenticateClientAsync(context, clients, anySecret);
        if (refusal is not null)
        {
            await refusal;
            return;
        }

        var grantType = Single(form!, "grant_type");
        if (grantType is null)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", "grant_type is required.");
            return;
        }

        if (grantType != "client_credentials")
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only the client_credentials grant is supported.");
            return;
        }

        var allowed = client!.ReadOnly ? new[] { JwtTokens.ReadScope } : [JwtTokens.ReadScope, JwtTokens.WriteScope];
        var requested = (Single(form!, "scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requested.Any(s => !allowed.Contains(s, StringComparer.Ordinal)))
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_scope", $"This client may request only: {string.Join(" ", allowed)}.");
            return;
        }

        // Writing implies reading; no scope asked means everything the client may have.
        var granted = requested.Length == 0 ? allowed : allowed.Where(s => s == JwtTokens.ReadScope || requested.Contains(s, StringComparer.Ordinal)).ToArray();
        var scope = string.Join(" ", granted);
        await WriteAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["access_token"] = tokens.Issue(client, scope),
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)Math.Ceiling(tokens.Lifetime.TotalSeconds),
            ["scope"] = scope,
        });
    }

    private static async Task RevokeAsync(HttpContext context, IReadOnlyList<OAuthClient> clients, JwtTokens tokens)
    {
        var (form, client, refusal) = await AuthenticateClientAsync(context, clients);
        if (refusal is not null)
        {
            await refusal;
            return;
        }

        if (Single(form!, "token") is not { Length: > 0 } token)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", "token is required.");
            return;
        }

        if (tokens.Revoke(token, client!.ClientId) == RevocationOutcome.OtherClient)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "unauthorized_client", "The token was not issued to this client.");
            return;
        }

        // RFC 7009 section 2.2: 200 whether or not the token was valid, so nobody learns which tokens exist.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = 0;
    }

    /// <summary>Reads the form and authenticates the client by HTTP Basic or by client_id/client_secret in the form (RFC 6749 section 2.3.1).</summary>
    private static async Task<(IFormCollection? Form, OAuthClient? Client, Task? Refusal)> AuthenticateClientAsync(HttpContext context, IReadOnlyList<OAuthClient> clients,
        bool anySecret = false)
    {
        if (!context.Request.HasFormContentType
            || !string.Equals(context.Request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", "The body must be application/x-www-form-urlencoded."));
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var header = context.Request.Headers.Authorization.ToString();
        var usesBasic = header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase);
        string? id;
        string? secret;
        if (usesBasic)
        {
            if (form.ContainsKey("client_secret"))
            {
                return (form, null, ErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request", "Use one client authentication method, not two."));
            }

            (id, secret) = ParseBasic(header["Basic ".Length..].Trim());
        }
        else
        {
            id = Single(form, "client_id");
            secret = Single(form, "client_secret");
        }

        var client = id is null || secret is null ? null
            : anySecret ? clients.FirstOrDefault(c => string.Equals(c.ClientId, id, StringComparison.Ordinal))
            : Find(clients, id, secret);
        if (client is null)
        {
            if (usesBasic) context.Response.Headers.WWWAuthenticate = "Basic realm=\"oauth\"";
            return (form, null, ErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed."));
        }

        return (form, client, null);
    }

    private static OAuthClient? Find(IReadOnlyList<OAuthClient> clients, string id, string secret)
    {
        var presented = Encoding.UTF8.GetBytes(secret);
        OAuthClient? match = null;
        foreach (var client in clients)
        {
            var secretMatches = CryptographicOperations.FixedTimeEquals(presented, Encoding.UTF8.GetBytes(client.Secret));
            if (secretMatches && string.Equals(client.ClientId, id, StringComparison.Ordinal)) match ??= client;
        }

        return match;
    }

    /// <summary>Basic credentials of an OAuth client: id and secret are form-urlencoded before base64 (RFC 6749 section 2.3.1).</summary>
    private static (string? Id, string? Secret) ParseBasic(string encoded)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) return (null, null);
            return (FormDecode(text[..colon]), FormDecode(text[(colon + 1)..]));
        }
        catch (FormatException)
        {
            return (null, null);
        }
    }

    private static string FormDecode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static string? Single(IFormCollection form, string name) =>
        form.TryGetValue(name, out StringValues values) && values.Count == 1 ? values[0] : null;

    private static Task ErrorAsync(HttpContext context, int status, string error, string description) =>
        WriteAsync(context, status, new JsonObject { ["error"] = error, ["error_description"] = description });

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
