using System.Globalization;

namespace ScimConformance.Cli.Commands.Run;

/// <summary>
/// The command line that repeats a run with the same seed. Built from the parsed flags, which never carry
/// a secret (only the names of variables and files that hold them).
/// </summary>
public static class ReproduceCommand
{
    public static string Build(RunCommandSettings s, int seed, string outDirectory)
    {
        var args = new List<string> { "scimconf", "run" };
        void Add(string flag, string? value)
        {
            if (value is null) return;
            args.Add(flag);
            args.Add(value);
        }

        if (s.Demo)
        {
            args.Add("--demo");
            if (s.DemoSecurity) args.Add("--demo-security");
            foreach (var d in s.Defects) Add("--defect", d);
            Add("--seed-users", s.SeedUsers?.ToString(CultureInfo.InvariantCulture));
        }
        Add("--settings", s.SettingsFile);
        if (!s.Demo)
        {
            Add("--base-url", s.BaseUrl);
            Add("--auth", s.Auth);
            Add("--token-env", s.TokenEnv);
            Add("--token-file", s.TokenFile);
            Add("--basic-user", s.BasicUser);
            Add("--basic-password-env", s.BasicPasswordEnv);
            Add("--oauth-token-url", s.OAuthTokenUrl);
            Add("--oauth-client-id", s.OAuthClientId);
            Add("--oauth-client-secret-env", s.OAuthClientSecretEnv);
            Add("--oauth-scope", s.OAuthScope);
            Add("--ca-cert", s.CaCert);
            Add("--oauth-client-secret-file", s.OAuthClientSecretFile);
            Add("--oauth-revocation-url", s.OAuthRevocationUrl);
            Add("--plain-http-url", s.PlainHttpUrl);
            if (s.Insecure) args.Add("--insecure");
        }
        // Security inputs name where the tokens are, never the tokens.
        Add("--expired-token-env", s.ExpiredTokenEnv);
        Add("--expired-token-file", s.ExpiredTokenFile);
        Add("--revoked-token-env", s.RevokedTokenEnv);
        Add("--revoked-token-file", s.RevokedTokenFile);
        Add("--second-tenant-token-env", s.SecondTenantTokenEnv);
        Add("--second-tenant-token-file", s.SecondTenantTokenFile);
        Add("--read-only-token-env", s.ReadOnlyTokenEnv);
        Add("--read-only-token-file", s.ReadOnlyTokenFile);
        Add("--max-expiry-wait", s.MaxExpiryWaitSeconds?.ToString(CultureInfo.InvariantCulture));
        Add("--timeout", s.TimeoutSeconds?.ToString(CultureInfo.InvariantCulture));
        Add("--max-rps", s.MaxRps?.ToString(CultureInfo.InvariantCulture));
        Add("--assume", s.Assume);
        foreach (var i in s.Include) Add("--include", i);
        foreach (var e in s.Exclude) Add("--exclude", e);
        foreach (var d in s.Suites) Add("--suites", d);
        Add("--shard", s.Shard);
        Add("--baseline", s.Baseline);
        Add("--fail-on", s.FailOn);
        Add("--generated", s.Generated?.ToString(CultureInfo.InvariantCulture));
        Add("--profile", s.Profile);
        Add("--parallel", s.Parallel?.ToString(CultureInfo.InvariantCulture));
        if (s.ReadOnly) args.Add("--read-only");
        Add("--seed", seed.ToString(CultureInfo.InvariantCulture));
        Add("--out", outDirectory);
        return string.Join(' ', args.Select(Quote));
    }

    private static string Quote(string arg) =>
        arg.Length > 0 && arg.All(c => char.IsLetterOrDigit(c) || "-_./:=,@%+*?".Contains(c, StringComparison.Ordinal))
            ? arg
            : "'" + arg.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
