namespace ScimConformance.ReferenceServer;

/// <summary>
/// Security defects of the token endpoint and the plain-HTTP listener (pending, see <see cref="DefectCatalog.Pending"/>).
/// Like <see cref="SecurityDefects"/> they show on the secure setup (run --demo --demo-security).
/// </summary>
public static class TransportQuirks
{
    public const string TokenForAnySecret = "token-for-any-secret";
    public const string PlainHttpAnswersApi = "plain-http-answers-api";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        PendingSwitch.Defect(TokenForAnySecret,
            "The OAuth token endpoint issues tokens to a known client_id whatever client_secret comes with it (RFC 6749 §2.3.1 and §5.2: a client that fails "
            + "authentication gets 401 invalid_client). Critical: the client id alone grants access.",
            [],
            "No check catches it today: ask the token endpoint for a token with a wrong client secret and expect 401 invalid_client (issue 17 item 3); route the switch to the secure demo."),
        PendingSwitch.Defect(PlainHttpAnswersApi,
            "The plain-HTTP listener answers the API itself, 401 without a token and data with one, instead of redirecting to HTTPS, so a client configured with "
            + "http:// sends its token in clear (RFC 7644 §7.2 and RFC 9325 §3.2: SCIM runs over TLS only).",
            ["SEC-041"],
            "SEC-041 catches it today (the anonymous GET /ServiceProviderConfig over plain HTTP answers with data); route the switch to the secure demo like SecurityDefects."),
    ];
}
