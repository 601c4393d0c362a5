namespace ScimConformance.ReferenceServer;

/// <summary>Defects of authentication, token lifecycle, tenant isolation, transport and disclosure (RFC 7644 section 7, RFC 6750, RFC 8725).</summary>
public static class SecurityDefects
{
    public const string AcceptsExpiredTokens = "accepts-expired-tokens";
    public const string AcceptsAlgNone = "accepts-alg-none";
    public const string IgnoresJwtSignature = "ignores-jwt-signature";
    public const string AcceptsQueryToken = "accepts-query-token";
    public const string NoWwwAuthenticate = "no-www-authenticate";
    public const string PlainHttpServesData = "plain-http-serves-data";
    public const string CrossTenantRead = "cross-tenant-read";
    public const string StackTraceInErrors = "stack-trace-in-errors";
    public const string Injection500 = "injection-500";
    public const string ReadOnlyScopeIgnored = "read-only-scope-ignored";
    public const string RevokedTokenAccepted = "revoked-token-accepted";
    public const string NoHsts = "no-hsts";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(AcceptsExpiredTokens, "JWTs are accepted after their exp time.", ["SEC-020"]),
        new(AcceptsAlgNone, "A JWT whose header says \"alg\": \"none\" is accepted without any signature.", ["SEC-011"]),
        new(IgnoresJwtSignature, "The JWT signature is never verified: altered payloads and stripped signatures are accepted.", ["SEC-010", "SEC-012"]),
        // RFC 6750 §2.3 lets a resource server support the query form and §5.3 advises against it (SHOULD NOT): SEC-007 warns.
        Settled.Warned(AcceptsQueryToken, "A bearer token sent as the access_token query parameter is accepted.", ["SEC-007"]),
        new(NoWwwAuthenticate, "401 answers carry no WWW-Authenticate challenge.", ["SEC-001"]),
        new(PlainHttpServesData, "The plain-HTTP listener serves the SCIM API, without asking for a token, instead of redirecting to HTTPS.", ["SEC-041", "SEC-083"]),
        new(CrossTenantRead, "Reads, lists and filters are not scoped to the caller's tenant: another tenant's resources are returned.", ["SEC-031", "SEC-032"]),
        // No RFC text governs what an error's detail holds; OWASP API8 is a SHOULD, so SEC-050 warns.
        Settled.Warned(StackTraceInErrors, "Error details carry the exception type and its stack trace.", ["SEC-050"]),
        new(Injection500, "A filter value with a quote or SQL fragment is pasted into SQL; the database error and statement come back in a 500.", ["QRY-001"]),
        new(ReadOnlyScopeIgnored, "A read-only token (scope scim.read) may create, change and delete.", ["SEC-030"]),
        new(RevokedTokenAccepted, "A token revoked at the revocation endpoint keeps working until it expires.", ["SEC-021"]),
        // HSTS is a SHOULD (RFC 6797 §7.1, RFC 9325 §3.2); refusing plain http (SEC-041) is how the RFC 7644 §7.2 MUST is judged.
        Settled.Warned(NoHsts, "HTTPS answers carry no Strict-Transport-Security header.", ["SEC-044"]),
    ];
}
