using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Security;

/// <summary>What a valid access token says about its bearer.</summary>
internal sealed record TokenClaims(string Subject, string Tenant, bool ReadOnly, string Jti, DateTimeOffset Expires);

internal enum RevocationOutcome
{
    Revoked,
    NotOurs,
    OtherClient,
}

/// <summary>How a presented JWT was judged; <see cref="Claims"/> is set only when it is valid.</summary>
internal sealed record TokenCheck(TokenClaims? Claims, string? Problem)
{
    public static TokenCheck Invalid(string problem) => new(null, problem);
}

/// <summary>
/// Issues and validates the access tokens of the OAuth endpoint: JWTs (RFC 7519) signed RS256 with a key made at
/// start. Validation follows RFC 8725: the algorithm is fixed to RS256 (never taken from the token), the signature
/// is verified, exp is enforced, iss and aud must be this server's, and revoked jti values are refused.
/// </summary>
internal sealed class JwtTokens : IDisposable
{
    public const string ReadScope = "scim.read";
    public const string WriteScope = "scim.write";
    public const string Issuer = "urn:scimconformance:reference-server";

    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly DefectSwitches _defects;

    public JwtTokens(TimeSpan lifetime, TimeProvider clock, DefectSwitches defects)
    {
        Lifetime = lifetime;
        _clock = clock;
        _defects = defects;
        KeyId = Base64Url(SHA256.HashData(_key.ExportSubjectPublicKeyInfo()))[..16];
    }

    public TimeSpan Lifetime { get; }

    public string KeyId { get; }

    /// <summary>The audience every token names and every validation requires: the SCIM base URL (origin + /scim/v2).</summary>
    public string? Audience { get; set; }

    public string Issue(OAuthClient client, string scope) => Sign(client.ClientId, client.Tenant, scope, Audience, Lifetime);

    /// <summary>The audience of <see cref="IssueForAnotherAudience"/>: an API this server is not.</summary>
    public const string AnotherAudience = "https://another-service.invalid/scim/v2";

    /// <summary>
    /// A token signed with this server's key, for a tenant and both scopes, but naming another API as its audience: what a
    /// client of a sibling service holds. This server must refuse it (RFC 8725 section 3.10); the security demo hands it to
    /// the harness as its foreign token.
    /// </summary>
    public string IssueForAnotherAudience(string tenant, TimeSpan lifetime) =>
        Sign("another-service-client", tenant, ReadScope + " " + WriteScope, AnotherAudience, lifetime);

    private string Sign(string subject, string tenant, string scope, string? audience, TimeSpan lifetime)
    {
        var now = _clock.GetUtcNow();
        var header = new JsonObject { ["alg"] = "RS256", ["typ"] = "JWT", ["kid"] = KeyId };
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["sub"] = subject,
            ["aud"] = audience,
            ["tenant"] = tenant,
            ["scope"] = scope,
            ["iat"] = now.ToUnixTimeSeconds(),
            ["exp"] = now.Add(lifetime).ToUnixTimeSeconds(),
            ["jti"] = Guid.NewGuid().ToString("N"),
        };
        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = _key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>Whether the text has the shape of a JWS compact serialisation (three dot-separated parts).</summary>
    public static bool LooksLikeJwt(string token) => token.Count(c => c == '.') == 2;

    public TokenCheck Validate(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3) return TokenCheck.Invalid("not a JWT");

        JsonObject? header;
        JsonObject? payload;
        try
        {
            header = JsonNode.Parse(FromBase64Url(parts[0])) as JsonObject;
            payload = JsonNode.Parse(FromBase64Url(parts[1])) as JsonObject;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return TokenCheck.Invalid("malformed JWT");
        }

        if (header is null || payload is null) return TokenCheck.Invalid("malformed JWT");

        var alg = Text(header, "alg");
        var acceptsNone = _defects.IsOn(SecurityDefects.AcceptsAlgNone) && string.Equals(alg, "none", StringComparison.OrdinalIgnoreCase);
        if (!acceptsNone)
        {
            if (alg != "RS256") return TokenCheck.Invalid("algorithm not accepted");
            if (!_defects.IsOn(SecurityDefects.IgnoresJwtSignature) && !SignatureHolds(parts)) return TokenCheck.Invalid("bad signature");
        }

        if (Text(payload, "iss") != Issuer) return TokenCheck.Invalid("wrong issuer");
        // ignores-token-audience: any audience is taken, so a token meant for another API opens this one.
        if ((Audience is null || !AudienceMatches(payload["aud"])) && !_defects.IsOn(TransportQuirks.IgnoresTokenAudience)) return TokenCheck.Invalid("wrong audience");
        if (Number(payload, "exp") is not { } exp) return TokenCheck.Invalid("no expiry");
        var expires = DateTimeOffset.FromUnixTimeSeconds(exp);
        // No leeway: the issuer and the validator share one clock (RFC 7519 section 4.1.4 allows "some small leeway").
        if (_clock.GetUtcNow() >= expires && !_defects.IsOn(SecurityDefects.AcceptsExpiredTokens)) return TokenCheck.Invalid("expired");
        if (Text(payload, "jti") is not { Length: > 0 } jti) return TokenCheck.Invalid("no jti");
        if (_revoked.ContainsKey(jti) && !_defects.IsOn(SecurityDefects.RevokedTokenAccepted)) return TokenCheck.Invalid("revoked");
        if (Text(payload, "sub") is not { Length: > 0 } subject || Text(payload, "tenant") is not { Length: > 0 } tenant)
            return TokenCheck.Invalid("missing claims");

        var scopes = (Text(payload, "scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!scopes.Contains(ReadScope, StringComparer.Ordinal)) return TokenCheck.Invalid("no SCIM scope");
        var readOnly = !scopes.Contains(WriteScope, StringComparer.Ordinal);
        return new TokenCheck(new TokenClaims(subject, tenant, readOnly, jti, expires), null);
    }

    /// <summary>
    /// Revokes a token this server issued to <paramref name="clientId"/>, by its jti (RFC 7009 section 2.1). Tokens that are
    /// not ours (bad signature, not a JWT) are left alone, as the RFC treats them as already invalid.
    /// </summary>
    public RevocationOutcome Revoke(string token, string clientId)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !SignatureHolds(parts)) return RevocationOutcome.NotOurs;
        try
        {
            var header = JsonNode.Parse(FromBase64Url(parts[0])) as JsonObject;
            var payload = JsonNode.Parse(FromBase64Url(parts[1])) as JsonObject;
            if (header is null || Text(header, "alg") != "RS256" || payload is null || Text(payload, "jti") is not { Length: > 0 } jti) return RevocationOutcome.NotOurs;
            if (Text(payload, "sub") != clientId) return RevocationOutcome.OtherClient;
            _revoked[jti] = DateTimeOffset.FromUnixTimeSeconds(Number(payload, "exp") ?? 0);
            return RevocationOutcome.Revoked;
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return RevocationOutcome.NotOurs;
        }
    }

    /// <summary>The public key as a JSON Web Key Set (RFC 7517).</summary>
    public JsonObject Jwks()
    {
        var parameters = _key.ExportParameters(false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["alg"] = "RS256",
                ["kid"] = KeyId,
                ["n"] = Base64Url(parameters.Modulus!),
                ["e"] = Base64Url(parameters.Exponent!),
            }),
        };
    }

    public void Dispose() => _key.Dispose();

    private bool SignatureHolds(string[] parts)
    {
        byte[] signature;
        try
        {
            signature = FromBase64Url(parts[2]);
        }
        catch (FormatException)
        {
            return false;
        }

        return signature.Length > 0
            && _key.VerifyData(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]), signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }

    private bool AudienceMatches(JsonNode? aud) => aud switch
    {
        JsonValue value => value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == Audience,
        JsonArray values => values.Any(v => v is JsonValue one && one.GetValueKind() == JsonValueKind.String && one.GetValue<string>() == Audience),
        _ => false,
    };

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static long? Number(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue(out long number) ? number : null;

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        if (text.Any(c => c is '+' or '/' or '=')) throw new FormatException("Not base64url.");
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += (padded.Length % 4) switch { 2 => "==", 3 => "=", 0 => "", _ => throw new FormatException("Bad base64url length.") };
        return Convert.FromBase64String(padded);
    }
}
