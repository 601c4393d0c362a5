using System.Text;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Auth;

public sealed class OAuthClientCredentialsAuthTests
{
    private const string ClientId = "harness-client";
    private const string ClientSecret = "cl13nt-s3cr3t-value";

    private static OAuthClientCredentialsAuth Create(StubHttpServer server, ManualClock clock, string? scope = "scim.readwrite") =>
        new(new Uri(server.Root, "oauth/token"), ClientId, ClientSecret, scope,
            new SocketsHttpHandler(), TimeSpan.FromSeconds(10), clock);

    /// <summary>A token endpoint that hands out token-1, token-2, ... valid for <paramref name="expiresIn"/> seconds.</summary>
    private static Task<StubHttpServer> TokenEndpoint(int expiresIn)
    {
        var issued = 0;
        return StubHttpServer.StartAsync(context =>
        {
            var n = Interlocked.Increment(ref issued);
            return StubHttpServer.Respond(context, 200, "application/json",
                $$"""{"access_token":"token-{{n}}-abcdef","token_type":"Bearer","expires_in":{{expiresIn}}}""");
        });
    }

    [Test]
    public async Task Requests_a_token_with_client_credentials_and_basic_auth()
    {
        await using var server = await TokenEndpoint(3600);
        using var auth = Create(server, new ManualClock(DateTimeOffset.UnixEpoch));

        Assert.That(await auth.GetAuthorizationAsync(CancellationToken.None), Is.EqualTo("Bearer token-1-abcdef"));

        var request = server.Requests.Single();
        Assert.That(request.Method, Is.EqualTo("POST"));
        Assert.That(request.PathAndQuery, Is.EqualTo("/oauth/token"));
        Assert.That(request.Body, Does.Contain("grant_type=client_credentials").And.Contain("scope=scim.readwrite"));
        Assert.That(request.Body, Does.Not.Contain(ClientSecret), "the secret travels in the Authorization header, not the body");
        var basic = Encoding.UTF8.GetString(Convert.FromBase64String(request.Header("Authorization")!["Basic ".Length..]));
        Assert.That(basic, Is.EqualTo($"{ClientId}:{ClientSecret}"));
    }

    [Test]
    public async Task Never_requests_again_while_the_token_is_valid()
    {
        await using var server = await TokenEndpoint(100);
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        using var auth = Create(server, clock);

        for (var i = 0; i < 5; i++)
        {
            Assert.That(await auth.GetAuthorizationAsync(CancellationToken.None), Is.EqualTo("Bearer token-1-abcdef"));
            clock.Advance(TimeSpan.FromSeconds(13)); // 0..52 s: inside the 70 s refresh point
        }
        var parallel = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => auth.GetAuthorizationAsync(CancellationToken.None)));
        Assert.That(parallel, Is.All.EqualTo("Bearer token-1-abcdef"));
        Assert.That(server.Requests, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Refreshes_before_expiry()
    {
        // 100 s lifetime: 80% is 80 s, 30 s before expiry is 70 s; the earlier one wins.
        await using var server = await TokenEndpoint(100);
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        using var auth = Create(server, clock);

        await auth.GetAuthorizationAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(69));
        Assert.That(await auth.GetAuthorizationAsync(CancellationToken.None), Is.EqualTo("Bearer token-1-abcdef"));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.That(await auth.GetAuthorizationAsync(CancellationToken.None), Is.EqualTo("Bearer token-2-abcdef"));
        Assert.That(auth.Secrets, Does.Contain("token-1-abcdef").And.Contain("token-2-abcdef").And.Contain(ClientSecret));
    }

    [TestCase(100, 70)]
    [TestCase(3600, 2880)]
    [TestCase(35, 5)]
    [TestCase(20, 16)]
    [TestCase(5, 4)]
    public void Refresh_point_is_the_earlier_of_80_percent_and_30_seconds_before_and_never_at_once(int lifetime, int expected) =>
        Assert.That(OAuthClientCredentialsAuth.RefreshDelay(TimeSpan.FromSeconds(lifetime)), Is.EqualTo(TimeSpan.FromSeconds(expected)));

    [Test]
    public async Task A_refused_token_request_is_a_configuration_error_without_the_secret()
    {
        await using var server = await StubHttpServer.StartAsync(context =>
            StubHttpServer.Respond(context, 401, "application/json", $$"""{"error":"invalid_client","error_description":"bad secret {{ClientSecret}}"}"""));
        using var auth = Create(server, new ManualClock(DateTimeOffset.UnixEpoch));

        var e = (await Assert.ThrowsAsync<ConfigurationException>(() => auth.GetAuthorizationAsync(CancellationToken.None)))!;
        Assert.That(e.Message, Does.Contain("401").And.Contain("invalid_client").And.Not.Contain(ClientSecret));
    }

    [Test]
    public async Task An_unreachable_token_endpoint_is_a_transport_error_without_the_secret()
    {
        var closedPort = await ClosedPort.FindAsync();
        using var auth = new OAuthClientCredentialsAuth(new Uri($"http://127.0.0.1:{closedPort}/token"), ClientId, ClientSecret, null,
            new SocketsHttpHandler(), TimeSpan.FromSeconds(5));
        var e = (await Assert.ThrowsAsync<ScimTransportException>(() => auth.GetAuthorizationAsync(CancellationToken.None)))!;
        Assert.That(e.Message, Does.Contain("refused").And.Not.Contain(ClientSecret));
    }

    [Test]
    public async Task A_body_without_access_token_is_rejected()
    {
        await using var server = await StubHttpServer.StartAsync(context => StubHttpServer.Respond(context, 200, "text/html", "<html>login</html>"));
        using var auth = Create(server, new ManualClock(DateTimeOffset.UnixEpoch));
        Assert.That((await Assert.ThrowsAsync<ConfigurationException>(() => auth.GetAuthorizationAsync(CancellationToken.None)))!.Message, Does.Contain("access_token"));
    }

    [Test]
    public async Task Factory_builds_each_kind()
    {
        var baseUrl = new Uri("http://127.0.0.1:1/scim");
        Assert.That(AuthProviderFactory.Create(new TargetSettings { BaseUrl = baseUrl, RunId = "r", Auth = AuthKind.None }), Is.InstanceOf<NoAuth>());
        var bearer = AuthProviderFactory.Create(new TargetSettings { BaseUrl = baseUrl, RunId = "r", Token = "abc-token" });
        Assert.That(await bearer.GetAuthorizationAsync(CancellationToken.None), Is.EqualTo("Bearer abc-token"));
        var basic = AuthProviderFactory.Create(new TargetSettings { BaseUrl = baseUrl, RunId = "r", Auth = AuthKind.Basic, BasicUser = "u", BasicPassword = "pw-1234" });
        Assert.That(await basic.GetAuthorizationAsync(CancellationToken.None), Is.EqualTo("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("u:pw-1234"))));
        Assert.That(basic.Secrets, Does.Contain("pw-1234"));
        using var oauth = (OAuthClientCredentialsAuth)AuthProviderFactory.Create(new TargetSettings
        {
            BaseUrl = baseUrl, RunId = "r", Auth = AuthKind.OAuthClientCredentials,
            OAuthTokenUrl = new Uri("http://127.0.0.1:1/token"), OAuthClientId = "c", OAuthClientSecret = "sec-1234",
        });
        Assert.That(oauth.Scheme, Is.EqualTo("oauthbearertoken"));
    }
}
