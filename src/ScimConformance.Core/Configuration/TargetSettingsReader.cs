using System.Globalization;
using System.Security.Cryptography;

namespace ScimConformance.Core.Configuration;

/// <summary>
/// Builds <see cref="TargetSettings"/> from the named parameters (<see cref="ParameterNames"/>) that NUnit
/// test parameters, .runsettings files and the CLI share. Secrets are read from the environment variable
/// or file the parameters name. Throws <see cref="ConfigurationException"/> with an actionable message.
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
            BaseUrl = ReadBaseUrl(p.Get(ParameterNames.BaseUrl) ?? NonEmpty(environment(BaseUrlVariable))),
            Insecure = p.Bool(ParameterNames.Insecure) ?? false,
            CaCertPath = ReadCaCert(p.Get(ParameterNames.CaCert)),
            Timeout = TimeSpan.FromSeconds(p.PositiveNumber(ParameterNames.TimeoutSeconds, "seconds") ?? 30),
            MaxBodyBytes = (long)(p.PositiveNumber(ParameterNames.MaxBodyBytes, "bytes") ?? 10 * 1024 * 1024),
            MaxRequestsPerSecond = p.PositiveNumber(ParameterNames.MaxRps, "requests per second"),
            ReadOnly = p.Bool(ParameterNames.ReadOnly) ?? false,
            Seed = p.Int(ParameterNames.Seed) ?? RandomNumberGenerator.GetInt32(1, int.MaxValue),
            RunId = ReadRunId(p.Get(ParameterNames.RunId)),
            Security = ReadSecurity(p, secrets),
        };

        return ReadAuthKind(p.Get(ParameterNames.Auth)) switch
        {
            AuthKind.None => settings with { Auth = AuthKind.None },
            AuthKind.Bearer => settings with { Auth = AuthKind.Bearer, Token = ReadToken(p, secrets) },
            AuthKind.Basic => settings with
            {
                Auth = AuthKind.Basic,
                BasicUser = p.Get(ParameterNames.BasicUser)
                    ?? throw new ConfigurationException("auth=basic needs a user name: pass --basic-user or the basicUser parameter."),
                BasicPassword = secrets.FromVariable(
                    p.Get(ParameterNames.BasicPasswordEnv)
                        ?? throw new ConfigurationException("auth=basic needs the name of the environment variable holding the password: pass --basic-password-env or the basicPasswordEnv parameter."),
                    "the basic-auth password"),
            },
            _ => settings with
            {
                Auth = AuthKind.OAuthClientCredentials,
                OAuthTokenUrl = ReadTokenUrl(p.Get(ParameterNames.OAuthTokenUrl)),
                OAuthClientId = p.Get(ParameterNames.OAuthClientId)
                    ?? throw new ConfigurationException("auth=oauth needs a client id: pass --oauth-client-id or the oauthClientId parameter."),
                OAuthClientSecret = ReadClientSecret(p, secrets),
                OAuthScope = p.Get(ParameterNames.OAuthScope),
            },
        };
    }

    /// <summary>Parses "patch=false,sort=true" into overrides.</summary>
    public static IReadOnlyDictionary<string, bool> ParseAssume(string? text)
    {
        var result = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(text)) return result;
        foreach (var item in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
                throw new ConfigurationException($"assume: '{item}' is not name=value; write e.g. --assume patch=false,sort=true.");
            var name = AssumableCapabilities.Names.FirstOrDefault(n => string.Equals(n, parts[0], StringComparison.OrdinalIgnoreCase))
                ?? throw new ConfigurationException($"assume: unknown capability '{parts[0]}'; known: {string.Join(", ", AssumableCapabilities.Names)}.");
            result[name] = ParseBool(parts[1])
                ?? throw new ConfigurationException($"assume: '{parts[0]}' must be true or false, not '{parts[1]}'.");
        }
        return result;
    }

    internal static bool? ParseBool(string text) => text.Trim().ToLowerInvariant() switch
    {
        "true" or "yes" or "1" or "on" => true,
        "false" or "no" or "0" or "off" => false,
        _ => null,
    };

    private static Uri ReadBaseUrl(string? text)
    {
        if (text is null)
            throw new ConfigurationException($"baseUrl is missing: pass --base-url or set {BaseUrlVariable} (the SCIM root, e.g. https://host/scim/v2).");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ConfigurationException($"baseUrl '{text}' is not an absolute http or https URL (e.g. https://host/scim/v2).");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new ConfigurationException("baseUrl must not carry credentials (user:password@); use --auth basic with --basic-user and --basic-password-env.");
        return uri;
    }

    private static Uri ReadTokenUrl(string? text)
    {
        if (text is null)
            throw new ConfigurationException("auth=oauth needs the token endpoint: pass --oauth-token-url or the oauthTokenUrl parameter.");
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ConfigurationException($"oauthTokenUrl '{text}' is not an absolute http or https URL.");
        return uri;
    }

    private static string? ReadCaCert(string? path)
    {
        if (path is null) return null;
        if (!File.Exists(path)) throw new ConfigurationException($"caCert file '{path}' does not exist.");
        return Path.GetFullPath(path);
    }

    private static string ReadRunId(string? text)
    {
        if (text is null) return Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        // The run id ends up in every name the run creates and in filters, so keep it to safe characters.
        if (text.Length > 32 || !text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            throw new ConfigurationException($"runId '{text}' may only hold letters, digits and '-' (at most 32 characters).");
        return text.ToLowerInvariant();
    }

    private static AuthKind ReadAuthKind(string? text) => text?.ToLowerInvariant() switch
    {
        null or "bearer" => AuthKind.Bearer,
        "oauth" or "oauth2" or "client_credentials" => AuthKind.OAuthClientCredentials,
        "basic" => AuthKind.Basic,
        "none" => AuthKind.None,
        _ => throw new ConfigurationException($"auth '{text}' is not one of bearer, oauth, basic, none."),
    };

    private static string ReadToken(ParameterBag p, SecretSource secrets)
    {
        var variable = p.Get(ParameterNames.TokenEnv);
        var file = p.Get(ParameterNames.TokenFile);
        if (variable is not null && file is not null)
            throw new ConfigurationException("pass either tokenEnv or tokenFile, not both.");
        if (file is not null) return secrets.FromFile(file, "the bearer token");
        if (variable is not null) return secrets.FromVariable(variable, "the bearer token");
        var fallback = NonEmpty(secrets.Environment(DefaultTokenVariable));
        return fallback ?? throw new ConfigurationException(
            $"no bearer token: set {DefaultTokenVariable}, or pass --token-env <VARIABLE> or --token-file <path> (or --auth none for an open endpoint).");
    }

    private static string ReadClientSecret(ParameterBag p, SecretSource secrets)
    {
        var variable = p.Get(ParameterNames.OAuthClientSecretEnv);
        var file = p.Get(ParameterNames.OAuthClientSecretFile);
        if (variable is not null && file is not null)
            throw new ConfigurationException("pass either oauthClientSecretEnv or oauthClientSecretFile, not both.");
        if (file is not null) return secrets.FromFile(file, "the OAuth client secret");
        if (variable is not null) return secrets.FromVariable(variable, "the OAuth client secret");
        throw new ConfigurationException("auth=oauth needs the client secret: pass --oauth-client-secret-env <VARIABLE> or --oauth-client-secret-file <path>.");
    }

    private static SecurityInputs ReadSecurity(ParameterBag p, SecretSource secrets) => new()
    {
        OAuthRevocationUrl = ReadHttpUrl(p.Get(ParameterNames.OAuthRevocationUrl), ParameterNames.OAuthRevocationUrl),
        PlainHttpUrl = ReadHttpUrl(p.Get(ParameterNames.PlainHttpUrl), ParameterNames.PlainHttpUrl),
        ExpiredToken = ReadOptionalToken(p, secrets, ParameterNames.ExpiredTokenEnv, ParameterNames.ExpiredTokenFile, "the expired token"),
        RevokedToken = ReadOptionalToken(p, secrets, ParameterNames.RevokedTokenEnv, ParameterNames.RevokedTokenFile, "the revoked token"),
        SecondTenantToken = ReadOptionalToken(p, secrets, ParameterNames.SecondTenantTokenEnv, ParameterNames.SecondTenantTokenFile, "the second tenant's token"),
        ReadOnlyToken = ReadOptionalToken(p, secrets, ParameterNames.ReadOnlyTokenEnv, ParameterNames.ReadOnlyTokenFile, "the read-only token"),
        MaxExpiryWait = p.Get(ParameterNames.MaxExpiryWaitSeconds) is { } wait
            ? double.TryParse(wait, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds)
                ? TimeSpan.FromSeconds(seconds)
                : throw new ConfigurationException($"{ParameterNames.MaxExpiryWaitSeconds} must be a number of seconds (0 or more), not '{wait}'.")
            : SecurityInputs.DefaultMaxExpiryWait,
    };

    private static Uri? ReadHttpUrl(string? text, string name)
    {
        if (text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            throw new ConfigurationException($"{name} '{text}' is not an absolute http or https URL.");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new ConfigurationException($"{name} must not carry credentials (user:password@).");
        return uri;
    }

    private static string? ReadOptionalToken(ParameterBag p, SecretSource secrets, string envName, string fileName, string what)
    {
        var variable = p.Get(envName);
        var file = p.Get(fileName);
        if (variable is not null && file is not null)
            throw new ConfigurationException($"pass either {envName} or {fileName}, not both.");
        if (file is not null) return secrets.FromFile(file, what);
        return variable is null ? null : secrets.FromVariable(variable, what);
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Parameter lookup that treats blank values as absent and parses numbers with clear errors.</summary>
    private sealed class ParameterBag(IReadOnlyDictionary<string, string> parameters)
    {
        private readonly Dictionary<string, string> _values = parameters
            .Where(kv => !string.IsNullOrWhiteSpace(kv.Value))
            .GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last().Value.Trim(), StringComparer.OrdinalIgnoreCase);

        public string? Get(string name) => _values.GetValueOrDefault(name);

        public bool? Bool(string name) => Get(name) is { } text
            ? ParseBool(text) ?? throw new ConfigurationException($"{name} must be true or false, not '{text}'.")
            : null;

        public int? Int(string name) => Get(name) is { } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new ConfigurationException($"{name} must be a whole number, not '{text}'.")
            : null;

        public double? PositiveNumber(string name, string unit) => Get(name) is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 && double.IsFinite(value)
                ? value
                : throw new ConfigurationException($"{name} must be a positive number of {unit}, not '{text}'.")
            : null;
    }

    /// <summary>Reads secrets; its messages name the variable or file, never the value.</summary>
    private sealed class SecretSource(Func<string, string?> environment)
    {
        public Func<string, string?> Environment { get; } = environment;

        public string FromVariable(string variable, string what) =>
            NonEmpty(Environment(variable))
            ?? throw new ConfigurationException($"environment variable {variable} (which should hold {what}) is not set or empty.");

        public string FromFile(string path, string what)
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
