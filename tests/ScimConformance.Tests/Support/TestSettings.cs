using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;

namespace ScimConformance.Tests.Support;

/// <summary>Settings and clients pointed at a stub server, for tests of the client side.</summary>
internal static class TestSettings
{
    public const string Token = "tok-7f3a9c1e5b2d4f60";

    public static TargetSettings For(Uri baseUrl, TimeSpan? timeout = null, long maxBodyBytes = 1024 * 1024) => new()
    {
        BaseUrl = baseUrl,
        Auth = AuthKind.Bearer,
        Token = Token,
        RunId = "0123abcd",
        Seed = 42,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
        MaxBodyBytes = maxBodyBytes,
    };

    public static ScimClient Client(Uri baseUrl, TimeSpan? timeout = null, long maxBodyBytes = 1024 * 1024)
    {
        var settings = For(baseUrl, timeout, maxBodyBytes);
        return new ScimClient(settings, AuthProviderFactory.Create(settings), new ExchangeJournal());
    }
}
