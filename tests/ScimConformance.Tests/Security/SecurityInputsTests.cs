using NUnit.Framework;
using ScimConformance.Cli.Commands.Run;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;

namespace ScimConformance.Tests.Security;

/// <summary>The security inputs: flags become parameters, parameters become settings, token values are redacted and never printed.</summary>
public sealed class SecurityInputsTests
{
    private const string Expired = "expired-token-value-0001";
    private const string Revoked = "revoked-token-value-0002";
    private const string Second = "second-tenant-token-0003";
    private const string ReadOnly = "read-only-token-value-0004";

    private static TargetSettings Read(Dictionary<string, string> parameters, Dictionary<string, string> env)
    {
        parameters[ParameterNames.BaseUrl] = "https://scim.example.com/scim/v2";
        parameters[ParameterNames.TokenEnv] = "MAIN";
        env["MAIN"] = "main-token-value-0000";
        return TargetSettingsReader.Read(parameters, name => env.GetValueOrDefault(name));
    }

    [Test]
    public void Tokens_come_from_variables_and_files_and_join_the_secrets()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, ReadOnly + "\n");
            var settings = Read(
                new Dictionary<string, string>
                {
                    [ParameterNames.ExpiredTokenEnv] = "EXP", [ParameterNames.RevokedTokenEnv] = "REV", [ParameterNames.SecondTenantTokenEnv] = "SEC",
                    [ParameterNames.ReadOnlyTokenFile] = file, [ParameterNames.OAuthRevocationUrl] = "https://scim.example.com/oauth/revoke",
                    [ParameterNames.MaxExpiryWaitSeconds] = "30", [ParameterNames.PlainHttpUrl] = "http://scim.example.com/scim/v2",
                },
                new Dictionary<string, string> { ["EXP"] = Expired, ["REV"] = Revoked, ["SEC"] = Second });
            Assert.Multiple(() =>
            {
                Assert.That(settings.Security.ExpiredToken, Is.EqualTo(Expired));
                Assert.That(settings.Security.RevokedToken, Is.EqualTo(Revoked));
                Assert.That(settings.Security.SecondTenantToken, Is.EqualTo(Second));
                Assert.That(settings.Security.ReadOnlyToken, Is.EqualTo(ReadOnly));
                Assert.That(settings.Security.MaxExpiryWait, Is.EqualTo(TimeSpan.FromSeconds(30)));
                Assert.That(settings.Security.OAuthRevocationUrl, Is.EqualTo(new Uri("https://scim.example.com/oauth/revoke")));
                Assert.That(settings.Security.PlainHttpUrl!.Scheme, Is.EqualTo("http"));
                Assert.That(settings.Secrets, Is.SupersetOf(new[] { Expired, Revoked, Second, ReadOnly }));
            });

            using var client = new ScimClient(settings, AuthProviderFactory.Create(settings), new ExchangeJournal());
            var text = $"Authorization failed for {Expired}, {Revoked}, {Second} and {ReadOnly}";
            Assert.That(client.Redactor.RedactText(text), Does.Not.Contain("token-value").And.Not.Contain(Second));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Missing_inputs_are_absent_and_the_wait_defaults_to_120_seconds()
    {
        var settings = Read([], []);
        Assert.Multiple(() =>
        {
            Assert.That(settings.Security.ExpiredToken, Is.Null);
            Assert.That(settings.Security.SecondTenantToken, Is.Null);
            Assert.That(settings.Security.MaxExpiryWait, Is.EqualTo(TimeSpan.FromSeconds(120)));
        });
    }

    [Test]
    public void Bad_inputs_are_configuration_errors_that_never_show_a_token()
    {
        var both = Assert.Throws<ConfigurationException>(() => Read(
            new Dictionary<string, string> { [ParameterNames.ReadOnlyTokenEnv] = "RO", [ParameterNames.ReadOnlyTokenFile] = "/tmp/x" }, new() { ["RO"] = ReadOnly }))!;
        var unset = Assert.Throws<ConfigurationException>(() => Read(new Dictionary<string, string> { [ParameterNames.SecondTenantTokenEnv] = "NOPE" }, []))!;
        var wait = Assert.Throws<ConfigurationException>(() => Read(new Dictionary<string, string> { [ParameterNames.MaxExpiryWaitSeconds] = "soon" }, []))!;
        var url = Assert.Throws<ConfigurationException>(() => Read(new Dictionary<string, string> { [ParameterNames.PlainHttpUrl] = "ftp://x" }, []))!;
        Assert.Multiple(() =>
        {
            Assert.That(both.Message, Does.Contain("readOnlyTokenEnv").And.Not.Contain(ReadOnly));
            Assert.That(unset.Message, Does.Contain("NOPE"));
            Assert.That(wait.Message, Does.Contain("maxExpiryWaitSeconds"));
            Assert.That(url.Message, Does.Contain("plainHttpUrl"));
        });
    }

    [Test]
    public async Task Flags_map_to_parameters_and_the_reproduce_command_names_only_sources()
    {
        var env = new Dictionary<string, string?>();
        var context = global::ScimConformance.Tests.Cli.InProcessCli.Quiet(env);
        var settings = TargetFlags.Parse([
            "--base-url", "https://x.example/scim/v2", "--token-env", "T", "--expired-token-env", "EXP", "--revoked-token-file", "revoked.txt",
            "--second-tenant-token-env", "SEC", "--read-only-token-env", "RO", "--oauth-revocation-url", "https://x.example/oauth/revoke",
            "--max-expiry-wait", "45", "--plain-http-url", "http://x.example/scim/v2",
        ]);
        await using var resolved = await TargetResolver.ResolveAsync(settings, context);
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Parameters[ParameterNames.ExpiredTokenEnv], Is.EqualTo("EXP"));
            Assert.That(resolved.Parameters[ParameterNames.RevokedTokenFile], Does.EndWith("revoked.txt"));
            Assert.That(resolved.Parameters[ParameterNames.SecondTenantTokenEnv], Is.EqualTo("SEC"));
            Assert.That(resolved.Parameters[ParameterNames.ReadOnlyTokenEnv], Is.EqualTo("RO"));
            Assert.That(resolved.Parameters[ParameterNames.OAuthRevocationUrl], Is.EqualTo("https://x.example/oauth/revoke"));
            Assert.That(resolved.Parameters[ParameterNames.MaxExpiryWaitSeconds], Is.EqualTo("45"));
            Assert.That(resolved.Parameters[ParameterNames.PlainHttpUrl], Is.EqualTo("http://x.example/scim/v2"));
        });
        var command = ReproduceCommand.Build(settings, new RunCommandSettings(), 1, "out");
        Assert.That(command, Does.Contain("--expired-token-env EXP").And.Contain("--second-tenant-token-env SEC").And.Contain("--read-only-token-env RO")
            .And.Contain("--revoked-token-file revoked.txt").And.Contain("--max-expiry-wait 45").And.Contain("--plain-http-url http://x.example/scim/v2"));
    }

    [Test]
    public void Giving_a_token_both_ways_is_refused_by_the_command_line()
    {
        Assert.Throws<ConfigurationException>(() => TargetFlags.Parse(["--second-tenant-token-env", "A", "--second-tenant-token-file", "b"]));
    }
}
