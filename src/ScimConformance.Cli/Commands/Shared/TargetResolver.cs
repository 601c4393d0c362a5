using System.Globalization;
using System.Security.Cryptography;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Cli.Commands.Shared;

/// <summary>
/// Merges a .runsettings file, environment defaults and flags (flags win) into the named run parameters,
/// and starts the bundled reference server for --demo (or a settings file saying referenceServer=inprocess).
/// </summary>
public static class TargetResolver
{
    public const string DefaultBaseUrlVariable = "SCIM_BASE_URL";
    public const string DefaultTokenVariable = "SCIM_TOKEN";
    public const string DemoTokenVariable = "SCIMCONF_DEMO_TOKEN";

    public static async Task<ResolvedTarget> ResolveAsync(TargetCommandSettings flags, CliContext cli, IDictionary<string, string>? extra = null, CancellationToken ct = default)
    {
        var parameters = flags.SettingsFile is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(RunSettingsFile.Read(cli.FullPath(flags.SettingsFile)), StringComparer.Ordinal);

        Set(parameters, ParameterNames.BaseUrl, flags.BaseUrl);
        Set(parameters, ParameterNames.Auth, flags.Auth?.ToLowerInvariant());
        if (flags.TokenEnv is not null || flags.TokenFile is not null)
        {
            // A flag names the one credential source; a file's other source must not linger beside it.
            parameters.Remove(ParameterNames.TokenEnv);
            parameters.Remove(ParameterNames.TokenFile);
        }
        Set(parameters, ParameterNames.TokenEnv, flags.TokenEnv);
        Set(parameters, ParameterNames.TokenFile, flags.TokenFile is null ? null : cli.FullPath(flags.TokenFile));
        Set(parameters, ParameterNames.BasicUser, flags.BasicUser);
        Set(parameters, ParameterNames.BasicPasswordEnv, flags.BasicPasswordEnv);
        Set(parameters, ParameterNames.OAuthTokenUrl, flags.OAuthTokenUrl);
        Set(parameters, ParameterNames.OAuthClientId, flags.OAuthClientId);
        Set(parameters, ParameterNames.OAuthClientSecretEnv, flags.OAuthClientSecretEnv);
        Set(parameters, ParameterNames.OAuthScope, flags.OAuthScope);
        Set(parameters, ParameterNames.TimeoutSeconds, flags.TimeoutSeconds?.ToString(CultureInfo.InvariantCulture));
        if (flags.Insecure) parameters[ParameterNames.Insecure] = "true";
        Set(parameters, ParameterNames.CaCert, flags.CaCert is null ? null : cli.FullPath(flags.CaCert));
        Set(parameters, ParameterNames.Assume, flags.Assume);
        SetSecurityInputs(parameters, flags, cli);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) parameters[key] = value;

        var demo = flags.Demo || string.Equals(parameters.GetValueOrDefault(ParameterNames.ReferenceServer), "inprocess", StringComparison.OrdinalIgnoreCase);
        if (!demo && (flags.Defects.Length > 0 || flags.SeedUsers is not null))
            throw new ConfigurationException("--defect and --seed-users only apply with --demo.");
        if (demo) return await StartDemoAsync(flags, cli, parameters, ct);

        if (!parameters.ContainsKey(ParameterNames.BaseUrl))
        {
            var fromEnvironment = cli.GetEnvironment(DefaultBaseUrlVariable);
            if (string.IsNullOrWhiteSpace(fromEnvironment))
                throw new ConfigurationException($"No target: pass --base-url, set ${DefaultBaseUrlVariable}, use --settings FILE, or try --demo.");
            parameters[ParameterNames.BaseUrl] = fromEnvironment;
        }
        var auth = parameters.GetValueOrDefault(ParameterNames.Auth, "bearer");
        if (auth == "bearer" && !parameters.ContainsKey(ParameterNames.TokenEnv) && !parameters.ContainsKey(ParameterNames.TokenFile))
            parameters[ParameterNames.TokenEnv] = DefaultTokenVariable;
        return new ResolvedTarget(parameters, null);
    }

    private static async Task<ResolvedTarget> StartDemoAsync(TargetCommandSettings flags, CliContext cli, Dictionary<string, string> parameters, CancellationToken ct)
    {
        var defects = flags.Defects
            .Concat((parameters.GetValueOrDefault(ParameterNames.ReferenceServerDefects) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        foreach (var name in defects)
            if (DefectCatalog.Find(name) is null)
                throw new ConfigurationException($"Unknown defect '{name}'. Known: {string.Join(", ", DefectCatalog.Everything.Select(d => d.Name))}.");

        var token = "demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        cli.SetEnvironment(DemoTokenVariable, token);
        var host = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            Port = 0,
            Token = token,
            SeedUsers = flags.SeedUsers ?? 0,
            Defects = defects,
        }, ct);

        foreach (var key in new[] { ParameterNames.ReferenceServer, ParameterNames.ReferenceServerDefects, ParameterNames.TokenFile, ParameterNames.BasicUser,
                     ParameterNames.BasicPasswordEnv, ParameterNames.OAuthTokenUrl, ParameterNames.OAuthClientId, ParameterNames.OAuthClientSecretEnv, ParameterNames.OAuthScope })
            parameters.Remove(key);
        parameters[ParameterNames.BaseUrl] = host.BaseUrl.ToString();
        parameters[ParameterNames.Auth] = "bearer";
        parameters[ParameterNames.TokenEnv] = DemoTokenVariable;
        return new ResolvedTarget(parameters, host);
    }

    private static void SetSecurityInputs(Dictionary<string, string> parameters, TargetCommandSettings flags, CliContext cli)
    {
        Set(parameters, ParameterNames.OAuthClientSecretFile, flags.OAuthClientSecretFile is null ? null : cli.FullPath(flags.OAuthClientSecretFile));
        Set(parameters, ParameterNames.OAuthRevocationUrl, flags.OAuthRevocationUrl);
        Set(parameters, ParameterNames.PlainHttpUrl, flags.PlainHttpUrl);
        Set(parameters, ParameterNames.MaxExpiryWaitSeconds, flags.MaxExpiryWaitSeconds?.ToString(CultureInfo.InvariantCulture));
        foreach (var (envName, fileName, env, file) in new[]
                 {
                     (ParameterNames.ExpiredTokenEnv, ParameterNames.ExpiredTokenFile, flags.ExpiredTokenEnv, flags.ExpiredTokenFile),
                     (ParameterNames.RevokedTokenEnv, ParameterNames.RevokedTokenFile, flags.RevokedTokenEnv, flags.RevokedTokenFile),
                     (ParameterNames.SecondTenantTokenEnv, ParameterNames.SecondTenantTokenFile, flags.SecondTenantTokenEnv, flags.SecondTenantTokenFile),
                     (ParameterNames.ReadOnlyTokenEnv, ParameterNames.ReadOnlyTokenFile, flags.ReadOnlyTokenEnv, flags.ReadOnlyTokenFile),
                 })
        {
            if (env is null && file is null) continue;
            // As for the main token: a flag names the one source, so a settings file's other source must not linger.
            parameters.Remove(envName);
            parameters.Remove(fileName);
            Set(parameters, envName, env);
            Set(parameters, fileName, file is null ? null : cli.FullPath(file));
        }
    }

    private static void Set(Dictionary<string, string> parameters, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) parameters[name] = value;
    }
}
