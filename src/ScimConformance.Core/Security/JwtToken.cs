using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimConformance.Core.Security;

/// <summary>
/// A compact-serialised JWS (RFC 7515 §7.1) taken apart so that tampered variants can be built: the
/// payload altered under the old signature, alg "none", the signature stripped. Nothing is verified here.
/// </summary>
public sealed class JwtToken
{
    private JwtToken(string raw, JsonObject header, JsonObject payload, string[] parts)
    {
        Raw = raw;
        Header = header;
        Payload = payload;
        EncodedHeader = parts[0];
        EncodedPayload = parts[1];
        Signature = parts[2];
    }

    public string Raw { get; }
    public JsonObject Header { get; }
    public JsonObject Payload { get; }
    public string EncodedHeader { get; }
    public string EncodedPayload { get; }
    public string Signature { get; }

    public string? Algorithm => Header["alg"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>The exp claim (RFC 7519 §4.1.4), null when absent or not a number.</summary>
    public DateTimeOffset? ExpiresAt => NumericDate("exp");

    /// <summary>The iat claim, null when absent.</summary>
    public DateTimeOffset? IssuedAt => NumericDate("iat");

    /// <summary>Parses three dot-separated base64url parts whose first two are JSON objects; false for opaque tokens.</summary>
    public static bool TryParse(string? token, out JwtToken jwt)
    {
        jwt = null!;
        if (string.IsNullOrWhiteSpace(token)) return false;
        var parts = token.Split('.');
        if (parts.Length != 3) return false;
        if (Decode(parts[0]) is not JsonObject header || Decode(parts[1]) is not JsonObject payload) return false;
        jwt = new JwtToken(token, header, payload, parts);
        return true;
    }

    /// <summary>Same header and signature, payload changed by <paramref name="alter"/> (RFC 8725 §3.2 must reject it).</summary>
    public string WithAlteredPayload(Action<JsonObject> alter)
    {
        ArgumentNullException.ThrowIfNull(alter);
        var payload = (JsonObject)Payload.DeepClone();
        alter(payload);
        return EncodedHeader + "." + Encode(payload) + "." + Signature;
    }

    /// <summary>Header alg set to <paramref name="alg"/> ("none" and its case variants), payload kept, signature empty.</summary>
    public string WithAlgNone(string alg = "none")
    {
        var header = (JsonObject)Header.DeepClone();
        header["alg"] = alg;
        return Encode(header) + "." + EncodedPayload + ".";
    }

    /// <summary>The signed header and payload with the signature removed (trailing dot kept, as an unsecured JWS has).</summary>
    public string WithoutSignature() => EncodedHeader + "." + EncodedPayload + ".";

    /// <summary>The signed header and payload with no third part at all.</summary>
    public string WithoutSignaturePart() => EncodedHeader + "." + EncodedPayload;

    public static string Encode(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Base64Url(Encoding.UTF8.GetBytes(node.ToJsonString()));
    }

    public static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private DateTimeOffset? NumericDate(string claim) =>
        Payload[claim] is JsonValue v && v.TryGetValue<double>(out var seconds) && double.IsFinite(seconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds((long)(seconds * 1000))
            : null;

    private static JsonNode? Decode(string part)
    {
        if (part.Length == 0) return null;
        var text = part.Replace('-', '+').Replace('_', '/');
        text = text.PadRight(text.Length + (4 - text.Length % 4) % 4, '=');
        try
        {
            return JsonNode.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(text)));
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }
}
