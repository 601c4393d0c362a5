using System.Security.Cryptography;
using ScimConformance.Core.Configuration.Options;
using O = ScimConformance.Core.Configuration.Options.TargetOptions;

namespace ScimConformance.Core.Configuration;

/// <summary>
/// Builds <see cref="TargetSettings"/> from the named parameters that NUnit test parameters, .runsettings files and
/// the CLI share, reading each through its declaration in <see cref="TargetOptions"/>. Secrets are read from the
/// environment variable or file the parameters name. Throws <see cref="ConfigurationException"/> with an actionable message.
/// </summary>
public static class TargetSettingsReader
{
    public const string DefaultTokenVariable = "SCIM_TOKEN";
    public const string BaseUrlVariable = "SCIM_BASE_URL";

    public static TargetSettings Read(IReadOnlyDictionary<string, string> parameters, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(environment);
        var p = new ParameterBag(parameters);
        var secrets = new SecretSource(environment);

        var settings = new TargetSettings
        {
            BaseUrl = ReadBaseUrl(p, environment),
            Insecure = p.Read(O.Insecure),
            CaCertPath = ReadCaCert(p.Text(O.CaCert)),
            Timeout = p.Read(O.Timeout),
            MaxBodyBytes = p.Read(O.MaxBodyBytes),
            MaxRequestsPerSecond = p.Has(O.MaxRps) ? p.Read(O.MaxRps) : null,
            ReadOnly = p.Read(O.ReadOnly),
            Seed = p.Has(O.Seed) ? p.Read(O.Seed) : RandomNumberGenerator.GetInt32(1, int.MaxValue),
            RunId = p.Has(O.RunId) ? p.Read(O.RunId) : Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant(),
            Security = ReadSecurity(p, secrets),
        };

        return p.Read(O.Auth) switch
        {
            AuthKind.None => settings with { Auth = AuthKind.None },
            AuthKind.Bearer => settings with { Auth = AuthKind.Bearer, Token = ReadToken(p, secrets) },
            AuthKind.Basic => settings with
            {
                Auth = AuthKind.Basic,
                BasicUser = p.Optional(O.BasicUser)
                    ?? throw new ConfigurationException($"auth=basic needs a user name: pass {O.BasicUser.Flag} or the {O.BasicUser.Key} parameter."),
                BasicPassword = secrets.FromVariable(
                    p.Optional(O.BasicPasswordEnv)
                        ?? throw new ConfigurationException($"auth=basic needs the name of the environment variable holding the password: pass {O.BasicPasswordEnv.Flag} or the {O.BasicPasswordEnv.Key} parameter."),
                    "the basic-auth password"),
            },
            _ => settings with
            {
                Auth = AuthKind.OAuthClientCredentials,
                OAuthTokenUrl = p.Optional(O.OAuthTokenUrl)
                    ?? throw new ConfigurationException($"auth=oauth needs the token endpoint: pass {O.OAuthTokenUrl.Flag} or the {O.OAuthTokenUrl.Key} parameter."),
                OAuthClientId = p.Optional(O.OAuthClientId)
                    ?? throw new ConfigurationException($"auth=oauth needs a client id: pass {O.OAuthClientId.Flag} or the {O.OAuthClientId.Key} parameter."),
                OAuthClientSecret = secrets.Read(p.OneOf(O.OAuthClientSecretEnv), "the OAuth client secret")
                    ?? throw new ConfigurationException($"auth=oauth needs the client secret: pass {O.OAuthClientSecretEnv.Flag} <VARIABLE> or {O.OAuthClientSecretFile.Flag} <path>."),
                OAuthScope = p.Optional(O.OAuthScope),
            },
        };
    }

    /// <summary>Parses "patch=false,sort=true" into overrides.</summary>
    public static IReadOnlyDictionary<string, bool> ParseAssume(string? text) =>
        string.IsNullOrWhiteSpace(text) ? O.Assume.Default : O.Assume.Parse(text, O.Assume.Key!);

    private static Uri ReadBaseUrl(ParameterBag p, Func<string, string?> environment)
    {
        if (p.Optional(O.BaseUrl) is { } fromParameters) return fromParameters;
        if (NonEmpty(environment(BaseUrlVariable)) is { } fromEnvironment) return O.BaseUrl.Parse(fromEnvironment, "$" + BaseUrlVariable);
        throw new ConfigurationException($"baseUrl is missing: pass {O.BaseUrl.Flag} or set {BaseUrlVariable} (the SCIM root, e.g. https://host/scim/v2).");
    }

    private static string? ReadCaCert(string? path)
    {
        if (path is null) return null;
        if (!File.Exists(path)) throw new ConfigurationException($"caCert file '{path}' does not exist.");
        return Path.GetFullPath(path);
    }

    private static string ReadToken(ParameterBag p, SecretSource secrets) =>
        secrets.Read(p.OneOf(O.TokenEnv), "the bearer token")
        ?? NonEmpty(secrets.Environment(DefaultTokenVariable))
        ?? throw new ConfigurationException(
            $"no bearer token: set {DefaultTokenVariable}, or pass {O.TokenEnv.Flag} <VARIABLE> or {O.TokenFile.Flag} <path> (or --auth none for an open endpoint).");

    private static SecurityInputs ReadSecurity(ParameterBag p, SecretSource secrets) => new()
    {
        OAuthRevocationUrl = p.Optional(O.OAuthRevocationUrl),
        PlainHttpUrl = p.Optional(O.PlainHttpUrl),
        ExpiredToken = secrets.Read(p.OneOf(O.ExpiredTokenEnv), "the expired token"),
        RevokedToken = secrets.Read(p.OneOf(O.RevokedTokenEnv), "the revoked token"),
        SecondTenantToken = secrets.Read(p.OneOf(O.SecondTenantTokenEnv), "the second tenant's token"),
        ReadOnlyToken = secrets.Read(p.OneOf(O.ReadOnlyTokenEnv), "the read-only token"),
        ForeignToken = secrets.Read(p.OneOf(O.ForeignTokenEnv), "the foreign token"),
        MaxExpiryWait = p.Read(O.MaxExpiryWait),
    };

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Reads secrets; its messages name the variable or file, never the value.</summary>
    private sealed class SecretSource(Func<string, string?> environment)
    {
        public Func<string, string?> Environment { get; } = environment;

        /// <summary>The secret from whichever source was given (a variable name or a file path), or null when none was.</summary>
        public string? Read((TargetOption Option, string Text)? source, string what) => source switch
        {
            null => null,
            var (option, text) when option.IsPath => FromFile(text, what),
            var (option, text) => FromVariable(((TargetOption<string>)option).Parse(text, option.SettingsLabel), what),
        };

        public string FromVariable(string variable, string what) =>
            NonEmpty(Environment(variable))
            ?? throw new ConfigurationException($"environment variable {variable} (which should hold {what}) is not set or empty.");

        private static string FromFile(string path, string what)
        {
            if (!File.Exists(path)) throw new ConfigurationException($"file '{path}' (which should hold {what}) does not exist.");
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ConfigurationException($"file '{path}' (which should hold {what}) cannot be read: {e.GetType().Name}.");
            }
            return NonEmpty(text) ?? throw new ConfigurationException($"file '{path}' (which should hold {what}) is empty.");
        }
    }
}
