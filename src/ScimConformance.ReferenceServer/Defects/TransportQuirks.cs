namespace ScimConformance.ReferenceServer;

/// <summary>
/// Security defects of the token endpoint, of token audience checks and of the plain-HTTP listener. Like
/// <see cref="SecurityDefects"/> they show on the secure setup (run --demo --demo-security), where the end-to-end tests run them.
/// </summary>
public static class TransportQuirks
{
    public const string TokenForAnySecret = "token-for-any-secret";
    public const string PlainHttpAnswersApi = "plain-http-answers-api";
    public const string IgnoresTokenAudience = "ignores-token-audience";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(TokenForAnySecret,
            "The OAuth token endpoint issues tokens to a known client_id whatever client_secret comes with it (RFC 6749 §2.3.1 and §5.2: a client that fails "
            + "authentication gets 401 invalid_client). Critical: the client id alone grants access.",
            ["SEC-080"]),
        new(PlainHttpAnswersApi,
            "The plain-HTTP listener answers the API itself, 401 without a token and data with one, instead of redirecting to HTTPS, so a client configured with "
            + "http:// sends its token in clear (RFC 7644 §7.2 and RFC 9325 §3.2: SCIM runs over TLS only).",
            ["SEC-041", "SEC-083"]),
        new(IgnoresTokenAudience,
            "Bearer JWTs are accepted whatever their aud claim names: a token the same issuer minted for another API opens this one (RFC 8725 §3.10).",
            ["SEC-082"]),
    ];
}
