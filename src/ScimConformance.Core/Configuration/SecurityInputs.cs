namespace ScimConformance.Core.Configuration;

/// <summary>
/// Optional inputs of the security suite. Each is absent unless configured; a check whose input is missing
/// is skipped and names the flag that supplies it. Token values are read from an environment variable or a
/// file and join <see cref="TargetSettings.Secrets"/>, so the redactor masks them everywhere.
/// </summary>
public sealed record SecurityInputs
{
    public static SecurityInputs None { get; } = new();

    /// <summary>RFC 7009 revocation endpoint; lets SEC-021 revoke a token the harness obtained itself.</summary>
    public Uri? OAuthRevocationUrl { get; init; }
    public string? ExpiredToken { get; init; }
    public string? RevokedToken { get; init; }
    public string? SecondTenantToken { get; init; }
    public string? ReadOnlyToken { get; init; }
    /// <summary>A token that is valid but issued for another audience or by another issuer than the target trusts (SEC-082).</summary>
    public string? ForeignToken { get; init; }
    /// <summary>A plain-http URL of the same service, probed (with a dummy credential only) besides http://host:port.</summary>
    public Uri? PlainHttpUrl { get; init; }
    /// <summary>How long SEC-020 may wait for a freshly obtained token to expire.</summary>
    public TimeSpan MaxExpiryWait { get; init; } = DefaultMaxExpiryWait;

    public static readonly TimeSpan DefaultMaxExpiryWait = TimeSpan.FromSeconds(120);

    /// <summary>Token values held here, for the redactor.</summary>
    public IEnumerable<string> Secrets =>
        new[] { ExpiredToken, RevokedToken, SecondTenantToken, ReadOnlyToken, ForeignToken }.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!);
}
