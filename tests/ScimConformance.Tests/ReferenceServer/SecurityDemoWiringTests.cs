using System.Net;
using NUnit.Framework;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>`scimconf run --demo --demo-security`: the server it starts and the security inputs it hands the harness.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class SecurityDemoWiringTests
{
    private static CliContext Context(Dictionary<string, string?> env) => global::ScimConformance.Tests.Cli.InProcessCli.Quiet(env);

    [Test]
    public async Task Demo_security_gives_the_harness_https_oauth_and_every_security_input_without_secrets_in_parameters()
    {
        var env = new Dictionary<string, string?>();
        string secretsFolder;
        await using (var target = await TargetResolver.ResolveAsync(TargetFlags.Parse(["--demo", "--demo-security"]), Context(env)))
        {
            var p = target.Parameters;
            secretsFolder = Path.GetDirectoryName(p[ParameterNames.ReadOnlyTokenFile])!;
            var secret = env[TargetResolver.DemoClientSecretVariable]!;

            Assert.Multiple(() =>
            {
                Assert.That(new Uri(p[ParameterNames.BaseUrl]).Scheme, Is.EqualTo("https"));
                Assert.That(p[ParameterNames.Auth], Is.EqualTo("oauth"));
                Assert.That(p[ParameterNames.OAuthTokenUrl], Is.EqualTo(target.DemoServer!.TokenUrl.ToString()));
                Assert.That(p[ParameterNames.OAuthClientId], Is.EqualTo(TargetResolver.DemoClientId));
                Assert.That(p[ParameterNames.OAuthClientSecretEnv], Is.EqualTo(TargetResolver.DemoClientSecretVariable));
                Assert.That(p[ParameterNames.OAuthRevocationUrl], Is.EqualTo(target.DemoServer.RevocationUrl.ToString()));
                Assert.That(File.ReadAllText(p[ParameterNames.CaCert]), Does.StartWith("-----BEGIN CERTIFICATE-----"));
                Assert.That(int.Parse(p[ParameterNames.MaxExpiryWaitSeconds], System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(TargetResolver.DemoTokenTtl.TotalSeconds));
                Assert.That(target.DemoServer.PlainHttpUrl, Is.Not.Null);
                foreach (var file in new[] { p[ParameterNames.ReadOnlyTokenFile], p[ParameterNames.SecondTenantTokenFile] })
                {
                    if (!OperatingSystem.IsWindows()) Assert.That(File.GetUnixFileMode(file), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite), file);
                    Assert.That(File.ReadAllText(file), Is.Not.Empty);
                }

                if (!OperatingSystem.IsWindows()) Assert.That(File.GetUnixFileMode(secretsFolder) & (UnixFileMode.GroupRead | UnixFileMode.OtherRead | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute), Is.EqualTo(UnixFileMode.None));
                Assert.That(string.Join("\n", p.Values), Does.Not.Contain(secret));
                Assert.That(string.Join("\n", p.Values), Does.Not.Contain(File.ReadAllText(p[ParameterNames.ReadOnlyTokenFile])));
            });

            // The harness's own settings reader and OAuth client get a working token through the demo server's CA.
            var settings = TargetSettingsReader.Read(p, name => env.GetValueOrDefault(name));
            using var auth = new OAuthClientCredentialsAuth(new Uri(p[ParameterNames.OAuthTokenUrl]), TargetResolver.DemoClientId, secret, null,
                HttpHandlerFactory.Create(settings), TimeSpan.FromSeconds(10));
            var authorization = await auth.GetAuthorizationAsync(CancellationToken.None);
            using var http = new HttpClient(HttpHandlerFactory.Create(settings));
            using var request = new HttpRequestMessage(HttpMethod.Get, p[ParameterNames.BaseUrl].TrimEnd('/') + "/Users");
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using var response = await http.SendAsync(request);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        Assert.That(Directory.Exists(secretsFolder), Is.False, "the secrets folder goes with the demo server");
    }

    [Test]
    public void Demo_security_without_demo_is_a_configuration_error()
    {
        Assert.ThrowsAsync<ConfigurationException>(() =>
            TargetResolver.ResolveAsync(TargetFlags.Parse(["--base-url", "https://a.example/scim/v2", "--demo-security"]), Context([])));
    }
}
