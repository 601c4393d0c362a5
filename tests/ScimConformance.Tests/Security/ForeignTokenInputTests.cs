using NUnit.Framework;
using ScimConformance.Cli.Commands.Run;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Configuration;
using ScimConformance.Core.Auth;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Http;

namespace ScimConformance.Tests.Security;

/// <summary>--foreign-token-env / --foreign-token-file (SEC-082): read from a variable or a file, validated, masked, never printed.</summary>
public sealed class ForeignTokenInputTests
{
    private const string Foreign = "foreign-audience-token-0005";

    private static TargetSettings Read(Dictionary<string, string> parameters, Dictionary<string, string> env)
    {
        parameters[ParameterNames.BaseUrl] = "https://scim.example.com/scim/v2";
        parameters[ParameterNames.TokenEnv] = "MAIN";
        env["MAIN"] = "main-token-value-0000";
        return TargetSettingsReader.Read(parameters, name => env.GetValueOrDefault(name));
    }

    [Test]
    public void The_foreign_token_comes_from_a_variable_or_a_file_and_is_masked()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, Foreign + "\n");
            var fromEnv = Read(new() { [ParameterNames.ForeignTokenEnv] = "FOREIGN" }, new() { ["FOREIGN"] = Foreign });
            var fromFile = Read(new() { [ParameterNames.ForeignTokenFile] = file }, []);
            using var client = new ScimClient(fromEnv, AuthProviderFactory.Create(fromEnv), new ExchangeJournal());
            Assert.Multiple(() =>
            {
                Assert.That(fromEnv.Security.ForeignToken, Is.EqualTo(Foreign));
                Assert.That(fromFile.Security.ForeignToken, Is.EqualTo(Foreign));
                Assert.That(fromEnv.Secrets, Does.Contain(Foreign));
                Assert.That(client.Redactor.RedactText($"refused {Foreign}"), Does.Not.Contain(Foreign));
                Assert.That(Read([], []).Security.ForeignToken, Is.Null, "absent unless given: SEC-082 then skips");
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Bad_foreign_token_inputs_are_configuration_errors_that_never_show_it()
    {
        var unset = Assert.Throws<ConfigurationException>(() => Read(new() { [ParameterNames.ForeignTokenEnv] = "NOT_SET" }, []))!;
        var both = Assert.Throws<ConfigurationException>(() => Read(
            new() { [ParameterNames.ForeignTokenEnv] = "FOREIGN", [ParameterNames.ForeignTokenFile] = "/tmp/x" }, new() { ["FOREIGN"] = Foreign }))!;
        Assert.Multiple(() =>
        {
            Assert.That(unset.Message, Does.Contain("NOT_SET"));
            Assert.That(both.Message, Does.Contain("foreignTokenEnv").And.Not.Contain(Foreign));
            Assert.Throws<ConfigurationException>(() => TargetFlags.Parse(["--foreign-token-env", "A", "--foreign-token-file", "b"]));
        });
    }

    [Test]
    public async Task The_flag_maps_to_its_parameter_and_the_reproduce_command_names_only_the_variable()
    {
        var context = global::ScimConformance.Tests.Cli.InProcessCli.Quiet(new Dictionary<string, string?>());
        var settings = TargetFlags.Parse(["--base-url", "https://x.example/scim/v2", "--token-env", "T", "--foreign-token-env", "FOREIGN"]);
        await using var resolved = await TargetResolver.ResolveAsync(settings, context);
        Assert.That(resolved.Parameters[ParameterNames.ForeignTokenEnv], Is.EqualTo("FOREIGN"));
        Assert.That(ReproduceCommand.Build(settings, new RunCommandSettings(), 1, "out"), Does.Contain("--foreign-token-env FOREIGN"));
    }
}
