using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;

namespace ScimConformance.Core.Auth;

/// <summary>Chooses the <see cref="IAuthProvider"/> the settings ask for.</summary>
public static class AuthProviderFactory
{
    public static IAuthProvider Create(TargetSettings settings) => Create(settings, TimeProvider.System);

    public static IAuthProvider Create(TargetSettings settings, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Auth switch
        {
            AuthKind.None => new NoAuth(),
            AuthKind.Bearer => new StaticBearerAuth(settings.Token
                ?? throw new ConfigurationException("auth=bearer but no token was configured.")),
            AuthKind.Basic => new HttpBasicAuth(
                settings.BasicUser ?? throw new ConfigurationException("auth=basic but no user was configured."),
                settings.BasicPassword ?? throw new ConfigurationException("auth=basic but no password was configured.")),
            AuthKind.OAuthClientCredentials => new OAuthClientCredentialsAuth(
                settings.OAuthTokenUrl ?? throw new ConfigurationException("auth=oauth but no token URL was configured."),
                settings.OAuthClientId ?? throw new ConfigurationException("auth=oauth but no client id was configured."),
                settings.OAuthClientSecret ?? throw new ConfigurationException("auth=oauth but no client secret was configured."),
                settings.OAuthScope,
                HttpHandlerFactory.Create(settings),
                settings.Timeout,
                clock),
            _ => throw new ConfigurationException($"Unsupported auth kind {settings.Auth}."),
        };
    }
}
