using NUnit.Framework;
using ScimConformance.Cli.Commands.Run;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration;

namespace ScimConformance.Tests.Cli;

[TestFixture]
public sealed class TargetResolverTests
{
    private string _dir = null!;

    [SetUp]
    public void MakeFolder()
    {
        _dir = Path.Combine(Path.GetTempPath(), "scimconf-settings-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(_dir, recursive: true);

    private static CliContext Context(Dictionary<string, string?> env) => global::ScimConformance.Tests.Cli.InProcessCli.Quiet(env);

    private string SettingsFile(string parameters)
    {
        var path = Path.Combine(_dir, "t.runsettings");
        File.WriteAllText(path, $"<RunSettings><TestRunParameters>{parameters}</TestRunParameters></RunSettings>");
        return path;
    }

    [Test]
    public void Runsettings_parameters_are_read()
    {
        var path = SettingsFile("<Parameter name=\"baseUrl\" value=\"https://a.example/scim/v2\" /><Parameter name=\"seed\" value=\"7\" />");
        Assert.That(RunSettingsFile.Read(path), Is.EquivalentTo(new Dictionary<string, string> { ["baseUrl"] = "https://a.example/scim/v2", ["seed"] = "7" }));
    }

    [Test]
    public void Malformed_runsettings_is_a_configuration_error()
    {
        var path = Path.Combine(_dir, "bad.runsettings");
        File.WriteAllText(path, "<RunSettings><TestRunParameters>");
        Assert.Throws<ConfigurationException>(() => RunSettingsFile.Read(path));
    }

    [Test]
    public async Task Flags_override_the_settings_file_which_overrides_the_environment()
    {
        var path = SettingsFile("<Parameter name=\"baseUrl\" value=\"https://file.example/scim/v2\" /><Parameter name=\"tokenFile\" value=\"/tmp/t\" /><Parameter name=\"timeoutSeconds\" value=\"9\" />");
        var env = new Dictionary<string, string?> { ["SCIM_BASE_URL"] = "https://env.example/scim/v2" };
        await using var fromFile = await TargetResolver.ResolveAsync(TargetFlags.Parse(["--settings", path]), Context(env));
        await using var fromFlags = await TargetResolver.ResolveAsync(TargetFlags.Parse(["--settings", path, "--base-url", "https://flag.example/scim/v2", "--token-env", "MY_TOKEN"]), Context(env));
        await using var fromEnv = await TargetResolver.ResolveAsync(TargetFlags.None, Context(env));
        Assert.Multiple(() =>
        {
            Assert.That(fromFile.Parameters[ParameterNames.BaseUrl], Is.EqualTo("https://file.example/scim/v2"));
            Assert.That(fromFile.Parameters[ParameterNames.TimeoutSeconds], Is.EqualTo("9"));
            Assert.That(fromFlags.Parameters[ParameterNames.BaseUrl], Is.EqualTo("https://flag.example/scim/v2"));
            Assert.That(fromFlags.Parameters[ParameterNames.TokenEnv], Is.EqualTo("MY_TOKEN"));
            Assert.That(fromFlags.Parameters.ContainsKey(ParameterNames.TokenFile), Is.False, "a token flag replaces the file's credential source");
            Assert.That(fromEnv.Parameters[ParameterNames.BaseUrl], Is.EqualTo("https://env.example/scim/v2"));
            Assert.That(fromEnv.Parameters[ParameterNames.TokenEnv], Is.EqualTo("SCIM_TOKEN"), "bearer defaults to $SCIM_TOKEN");
        });
    }

    [Test]
    public void Reproduce_command_names_variables_never_values()
    {
        var target = TargetFlags.Parse(["--base-url", "https://x.example/scim/v2", "--token-env", "VENDOR_TOKEN"]);
        var settings = new RunCommandSettings { Include = ["USR-*", "area:Query"], Out = "my reports" };
        var command = ReproduceCommand.Build(target, settings, 99, settings.Out);
        Assert.That(command, Is.EqualTo("scimconf run --base-url https://x.example/scim/v2 --token-env VENDOR_TOKEN --include USR-* --include area:Query --seed 99 --out 'my reports'"));
    }

    [Test]
    public void Shipped_runsettings_files_parse()
    {
        var root = RepositoryRoot.Find();
        var reference = RunSettingsFile.Read(Path.Combine(root, "runsettings", "reference.runsettings"));
        var example = RunSettingsFile.Read(Path.Combine(root, "runsettings", "example.runsettings"));
        Assert.Multiple(() =>
        {
            Assert.That(reference[ParameterNames.ReferenceServer], Is.EqualTo("inprocess"));
            Assert.That(reference.ContainsKey(ParameterNames.Seed), Is.True);
            Assert.That(example[ParameterNames.BaseUrl], Is.EqualTo("https://scim.example.com/scim/v2"));
            Assert.That(example[ParameterNames.TokenEnv], Is.EqualTo("SCIM_TOKEN"));
        });
    }
}
