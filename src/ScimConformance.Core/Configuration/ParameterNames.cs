namespace ScimConformance.Core.Configuration;

/// <summary>
/// Names of the NUnit test parameters that configure a run. The same names are used in .runsettings
/// files (TestRunParameters), by `scimconf run`, and by `dotnet test -- TestRunParameters.Parameter(...)`.
/// </summary>
public static class ParameterNames
{
    public const string BaseUrl = "baseUrl";
    public const string Auth = "auth";                       // bearer | oauth | basic | none
    public const string TokenEnv = "tokenEnv";               // name of the env var holding the bearer token
    public const string TokenFile = "tokenFile";             // path of a file holding the bearer token
    public const string BasicUser = "basicUser";
    public const string BasicPasswordEnv = "basicPasswordEnv";
    public const string OAuthTokenUrl = "oauthTokenUrl";
    public const string OAuthClientId = "oauthClientId";
    public const string OAuthClientSecretEnv = "oauthClientSecretEnv";
    public const string OAuthClientSecretFile = "oauthClientSecretFile";
    public const string OAuthScope = "oauthScope";
    public const string Insecure = "insecure";
    public const string CaCert = "caCert";
    public const string TimeoutSeconds = "timeoutSeconds";
    public const string MaxBodyBytes = "maxBodyBytes";
    /// <summary>The most requests per second the run sends (scimconf --max-rps).</summary>
    public const string MaxRps = "maxRps";
    public const string Seed = "seed";
    public const string RunId = "runId";
    public const string Assume = "assume";                   // capability overrides, e.g. "patch=false,sort=true"

    /// <summary>"true": the client refuses to send POST, PUT, PATCH or DELETE (scimconf run --read-only).</summary>
    public const string ReadOnly = "readOnly";

    /// <summary>How many random filters QRY-001 compares with the filter oracle (default 200).</summary>
    public const string GeneratedFilters = "generatedFilters";

    /// <summary>How many random PATCH sequences the write suite compares with the PATCH oracle (default 100).</summary>
    public const string GeneratedSequences = "generatedSequences";

    /// <summary>How long the deprovisioning checks poll for an effect that was not visible at once (default 10 s).</summary>
    public const string PropagationBoundSeconds = "propagationBoundSeconds";

    /// <summary>Identity-provider replay profiles to run: comma-separated profile names (okta,entra-id); empty = all.</summary>
    public const string Profiles = "profiles";

    // Security inputs (all optional; a check whose input is missing is skipped and says which input it needs).
    // Tokens are always read from an environment variable or a file, never passed as values.
    public const string OAuthRevocationUrl = "oauthRevocationUrl";   // RFC 7009 endpoint; lets the harness revoke a token it obtained
    public const string ExpiredTokenEnv = "expiredTokenEnv";
    public const string ExpiredTokenFile = "expiredTokenFile";
    public const string RevokedTokenEnv = "revokedTokenEnv";
    public const string RevokedTokenFile = "revokedTokenFile";
    public const string SecondTenantTokenEnv = "secondTenantTokenEnv";
    public const string SecondTenantTokenFile = "secondTenantTokenFile";
    public const string ReadOnlyTokenEnv = "readOnlyTokenEnv";
    public const string ReadOnlyTokenFile = "readOnlyTokenFile";
    public const string ForeignTokenEnv = "foreignTokenEnv";         // a valid token issued for another audience or issuer
    public const string ForeignTokenFile = "foreignTokenFile";
    public const string MaxExpiryWaitSeconds = "maxExpiryWaitSeconds"; // default 120
    public const string PlainHttpUrl = "plainHttpUrl";               // a plain-http URL of the service, probed with a dummy credential only

    /// <summary>"inprocess" makes the suite assembly host the bundled reference server itself (IDE and dotnet test use).</summary>
    public const string ReferenceServer = "referenceServer";
    public const string ReferenceServerDefects = "referenceServerDefects";
}
