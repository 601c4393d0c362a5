namespace ScimConformance.Tests.Security;

/// <summary>Vendor bugs the security test bed's proxy can simulate, each expected to make named SEC checks fail.</summary>
[Flags]
public enum Misbehaviour
{
    None = 0,
    NoChallenge = 1 << 0,          // 401 without WWW-Authenticate
    AcceptAnyToken = 1 << 1,       // any bearer token is served
    AcceptQueryToken = 1 << 2,     // ?access_token= is honoured
    IgnoreSignature = 1 << 3,      // a JWT with the right header is served whatever its payload or signature
    AcceptAlgNone = 1 << 4,        // an unsigned JWT (alg none) is served
    AcceptExpired = 1 << 5,
    AcceptRevoked = 1 << 6,
    ReadOnlyCanWrite = 1 << 7,
    CrossTenant = 1 << 8,          // the second tenant's token reaches the first tenant's data
    ServesPlainHttp = 1 << 9,      // the plain-http listener serves data instead of redirecting
    NoHsts = 1 << 10,
    StackTraces = 1 << 11,         // error bodies carry a .NET stack trace
    AnonymousAllowed = 1 << 12,    // requests without valid credentials are served
    UntrustedCertificate = 1 << 13, // the harness is not given the CA (runs with --insecure), so the certificate does not validate
    ServerErrors = 1 << 14,        // malformed JSON and filters with a quote answer 500
    EchoToken = 1 << 15,           // 401 bodies repeat the presented token
}
