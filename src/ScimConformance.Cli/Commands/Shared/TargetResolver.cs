using System.Security.Cryptography;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Configuration.Options;
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
    public const string DemoClientSecretVariable = "SCIMCONF_DEMO_CLIENT_SECRET";
    public const string DemoClientId = "scimconf-demo";
    public const string DemoReadOnlyClientId = "scimconf-demo-readonly";
    public const string DemoSecondTenant = "tenant-b";

    /// <summary>Lifetime of the demo server's OAuth tokens with --demo-security: short, so the expiry check really waits.</summary>
    public static readonly TimeSpan DemoTokenTtl = TimeSpan.FromSeconds(5);

    public static async Task<ResolvedTarget> ResolveAsync(TargetFlags flags, CliContext cli, IDictionary<string, string>? extra = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(flags);
        ArgumentNullException.ThrowIfNull(cli);
        var parameters = flags.Text(TargetOptions.Settings) is { } file
            ? new Dictionary<string, string>(RunSettingsFile.Read(cli.FullPath(file)), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in flags.Given.Where(o => o.Key is not null))
        {
            // A flag names the one source of its value: a settings file's other source (tokenFile beside --token-env) must not linger.
            foreach (var alternative in TargetOptions.SameSource(option)) parameters.Remove(alternative.Key!);
            parameters[option.Key!] = option.IsPath ? cli.FullPath(flags.Text(option)!) : flags.Text(option)!;
        }
        foreach (var (key, value) in extra ?? new Dictionary<string, string>()) parameters[key] = value;

        var demo = flags.IsOn(TargetOptions.Demo) || string.Equals(parameters.GetValueOrDefault(ParameterNames.ReferenceServer), "inprocess", StringComparison.OrdinalIgnoreCase);
        var security = flags.IsOn(TargetOptions.DemoSecurity);
        if (!demo && (flags.Has(TargetOptions.Defect) || flags.Has(TargetOptions.SeedUsers)))
            throw new ConfigurationException($"{TargetOptions.Defect.Flag} and {TargetOptions.SeedUsers.Flag} only apply with {TargetOptions.Demo.Flag}.");
        if (!demo && security)
            throw new ConfigurationException($"{TargetOptions.DemoSecurity.Flag} only applies with {TargetOptions.Demo.Flag}.");
        if (security) return await StartSecurityDemoAsync(flags, cli, parameters, ct);
        if (demo) return await StartDemoAsync(flags, cli, parameters, ct);

        if (!parameters.ContainsKey(ParameterNames.BaseUrl))
        {
            var fromEnvironment = cli.GetEnvironment(DefaultBaseUrlVariable);
            if (string.IsNullOrWhiteSpace(fromEnvironment))
                throw new ConfigurationException($"No target: pass {TargetOptions.BaseUrl.Flag}, set ${DefaultBaseUrlVariable}, use {TargetOptions.Settings.Flag} FILE, or try {TargetOptions.Demo.Flag}.");
            parameters[ParameterNames.BaseUrl] = fromEnvironment;
        }
        var auth = new ParameterBag(parameters).Read(TargetOptions.Auth);
        if (auth == AuthKind.Bearer && !parameters.ContainsKey(ParameterNames.TokenEnv) && !parameters.ContainsKey(ParameterNames.TokenFile))
            parameters[ParameterNames.TokenEnv] = DefaultTokenVariable;
        return new ResolvedTarget(parameters, null);
    }

    private static string[] DemoDefects(Dictionary<string, string> parameters)
    {
        var defects = new ParameterBag(parameters).Read(TargetOptions.Defect).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        foreach (var name in defects)
            if (DefectCatalog.Find(name) is null)
                throw new ConfigurationException($"Unknown defect '{name}'. Known: {string.Join(", ", DefectCatalog.Everything.Select(d => d.Name))}.");
        return defects;
    }

    /// <summary>
    /// Drops what the demo server sets itself (target, credentials, TLS: the options the reproduce line leaves out for a
    /// demo run) and the in-process hosting parameters, which are for `dotnet test` and never reach the runner.
    /// </summary>
    private static void RemoveWhatTheDemoSets(Dictionary<string, string> parameters, IEnumerable<TargetOption>? alsoRemove = null)
    {
        parameters.Remove(ParameterNames.ReferenceServer);
        parameters.Remove(ParameterNames.ReferenceServerDefects);
        foreach (var option in TargetOptions.All.Where(o => o.Reproduce == ReproduceForm.UnlessDemo).Concat(alsoRemove ?? []))
            if (option.Key is not null) parameters.Remove(option.Key);
    }

    private static string NewSecret(string prefix) => prefix + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();

    private static async Task<ResolvedTarget> StartDemoAsync(TargetFlags flags, CliContext cli, Dictionary<string, string> parameters, CancellationToken ct)
    {
        var defects = DemoDefects(parameters);

        var token = "demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        cli.SetEnvironment(DemoTokenVariable, token);
        var host = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
        {
            Port = 0,
            Token = token,
            SeedUsers = flags.Get(TargetOptions.SeedUsers),
            Defects = defects,
        }, ct);

        RemoveWhatTheDemoSets(parameters);
        parameters[ParameterNames.BaseUrl] = host.BaseUrl.ToString();
        parameters[ParameterNames.Auth] = "bearer";
        parameters[ParameterNames.TokenEnv] = DemoTokenVariable;
        return new ResolvedTarget(parameters, host);
    }

    /// <summary>
    /// --demo --demo-security: the bundled server over HTTPS (its CA in a temp file) with a redirecting plain-HTTP port,
    /// OAuth client credentials with short-lived tokens, revocation, a read-only token and a second tenant. Secrets go
    /// into this process's environment or into files only the owner can read, never into parameters or output.
    /// </summary>
    private static async Task<ResolvedTarget> StartSecurityDemoAsync(TargetFlags flags, CliContext cli, Dictionary<string, string> parameters, CancellationToken ct)
    {
        var defects = DemoDefects(parameters);
        var token = NewSecret("demo-");
        var clientSecret = NewSecret("demo-secret-");
        var readOnlyToken = NewSecret("demo-readonly-");
        var secondTenantToken = NewSecret("demo-tenant-b-");
        cli.SetEnvironment(DemoTokenVariable, token);
        cli.SetEnvironment(DemoClientSecretVariable, clientSecret);

        var secrets = PrivateDirectory();
        ReferenceServerHost? host = null;
        try
        {
            var readOnlyTokenFile = WritePrivate(secrets, "read-only-token", readOnlyToken);
            var secondTenantTokenFile = WritePrivate(secrets, "second-tenant-token", secondTenantToken);
            host = await ReferenceServerHost.StartAsync(new ReferenceServerOptions
            {
                Port = 0,
                Token = token,
                SeedUsers = flags.Get(TargetOptions.SeedUsers),
                Defects = defects,
                Https = true,
                CaCertificatePath = Path.Combine(secrets, "ca.pem"),
                PlainHttpRedirect = true,
                TokenTtl = DemoTokenTtl,
                OAuthClients =
                [
                    new OAuthClient(DemoClientId, clientSecret, "default", ReadOnly: false),
                    new OAuthClient(DemoReadOnlyClientId, NewSecret("demo-readonly-secret-"), "default", ReadOnly: true),
                ],
                TenantTokens =
                [
                    new TenantToken(readOnlyToken, "default", ReadOnly: true),
                    new TenantToken(secondTenantToken, DemoSecondTenant, ReadOnly: false),
                ],
            }, ct);

            // The security demo also supplies (or, for expired and revoked tokens, has no use for) every token input.
            RemoveWhatTheDemoSets(parameters, [.. TargetOptions.SameSource(TargetOptions.ExpiredTokenEnv), .. TargetOptions.SameSource(TargetOptions.RevokedTokenEnv),
                .. TargetOptions.SameSource(TargetOptions.SecondTenantTokenEnv), .. TargetOptions.SameSource(TargetOptions.ReadOnlyTokenEnv),
                .. TargetOptions.SameSource(TargetOptions.ForeignTokenEnv)]);
            parameters[ParameterNames.BaseUrl] = host.BaseUrl.ToString();
            parameters[ParameterNames.Auth] = "oauth";
            parameters[ParameterNames.OAuthTokenUrl] = host.TokenUrl.ToString();
            parameters[ParameterNames.OAuthClientId] = DemoClientId;
            parameters[ParameterNames.OAuthClientSecretEnv] = DemoClientSecretVariable;
            parameters[ParameterNames.OAuthRevocationUrl] = host.RevocationUrl.ToString();
            parameters[ParameterNames.CaCert] = host.CaCertificatePath!;
            parameters[ParameterNames.SecondTenantTokenFile] = secondTenantTokenFile;
            parameters[ParameterNames.ReadOnlyTokenFile] = readOnlyTokenFile;
            // A token the demo server signed for another API (SEC-082); it outlives the run, so only its audience can refuse it.
            parameters[ParameterNames.ForeignTokenFile] = WritePrivate(secrets, "foreign-token", host.IssueTokenForAnotherAudience("default", TimeSpan.FromHours(1)));
            // The redirecting plain-HTTP listener, for the plain-http probe (SEC-041).
            if (host.PlainHttpUrl is not null) parameters[ParameterNames.PlainHttpUrl] = host.PlainHttpUrl.ToString();
            if (!parameters.ContainsKey(ParameterNames.MaxExpiryWaitSeconds))
                parameters[ParameterNames.MaxExpiryWaitSeconds] = "30";
            return new ResolvedTarget(parameters, host, secrets);
        }
        catch
        {
            if (host is not null) await host.DisposeAsync();
            Directory.Delete(secrets, recursive: true);
            throw;
        }
    }

    /// <summary>A new temp folder only the owner can enter.</summary>
    private static string PrivateDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "scimconf-demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant());
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(path);
        else Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>Writes a secret to a new file with mode 0600.</summary>
    private static string WritePrivate(string directory, string name, string secret)
    {
        var path = Path.Combine(directory, name);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var stream = new FileStream(path, options);
        using var writer = new StreamWriter(stream);
        writer.Write(secret);
        return path;
    }
}
