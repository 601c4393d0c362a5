using NUnit.Framework;
using ScimConformance.Cli.Commands.Run;
using ScimConformance.Cli.Commands.Shared;
using ScimConformance.Cli.Configuration;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Core.Configuration;
using ScimConformance.Core.Configuration.Options;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Cli;

/// <summary>
/// Each target option is declared once (<see cref="TargetOptions"/>): its flag, help, validation, parameter and reproduce
/// form are all derived from that declaration, which these tests walk whole, so an option added there is covered here.
/// </summary>
[TestFixture]
public sealed class TargetOptionsTests
{
    private const string BaseUrl = "https://b.example/scim/v2";

    private static IEnumerable<TargetOption> FlagOptions => TargetOptions.Flags;

    // --defect and the switches without a key only mean something with --demo; the demo tests cover them.
    private static IEnumerable<TargetOption> ParameterFlags => TargetOptions.Flags.Where(o => o.Key is not null && o != TargetOptions.Defect);

    private static IEnumerable<TargetOption> ValueOptions => TargetOptions.Flags.Where(o => !o.IsSwitch);

    private static CliContext Context(Dictionary<string, string?> env) => global::ScimConformance.Tests.Cli.InProcessCli.Quiet(env);

    private static string[] Given(TargetOption option) => option.IsSwitch ? [option.Flag!] : [option.Flag!, option.Example];

    [TestCaseSource(nameof(ParameterFlags))]
    public async Task A_flag_sets_its_parameter_and_the_reproduce_line_repeats_it(TargetOption option)
    {
        var flags = TargetFlags.Parse(option == TargetOptions.BaseUrl ? Given(option) : [.. Given(option), TargetOptions.BaseUrl.Flag!, BaseUrl]);
        await using var resolved = await TargetResolver.ResolveAsync(flags, Context([]));
        var expected = option.IsSwitch ? "true" : option.IsPath ? Path.GetFullPath(option.Example) : option.Example;
        var command = ReproduceCommand.Build(flags, new RunCommandSettings(), 1, "out");
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Parameters[option.Key!], Is.EqualTo(expected));
            Assert.That(command, Does.Contain(string.Join(' ', Given(option))));
        });
    }

    [Test]
    public async Task Run_help_lists_every_target_flag_with_its_value_name()
    {
        var help = await InProcessCli.RunAsync("run", "--help");
        Assert.That(help.ExitCode, Is.Zero, help.ToString());
        Assert.Multiple(() =>
        {
            foreach (var option in FlagOptions)
                Assert.That(help.Stdout, Does.Contain(option.Usage + " ").And.Contain(option.Help[..Math.Min(40, option.Help.Length)]), option.Flag);
        });
    }

    [TestCaseSource(nameof(ValueOptions))]
    public void A_value_flag_without_a_value_is_an_error_naming_the_flag(TargetOption option)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ConfigurationException>(() => TargetFlags.Parse([option.Flag!]))!.Message,
                Does.StartWith($"{option.Flag} needs a value: {option.Usage}"));
            Assert.That(Assert.Throws<ConfigurationException>(() => TargetFlags.Parse([option.Flag!, "--demo"]))!.Message,
                Does.StartWith($"{option.Flag} needs a value"));
        });
    }

    [Test]
    public void The_flag_and_the_settings_key_are_checked_by_the_same_declaration()
    {
        var fromFlag = Assert.Throws<ConfigurationException>(() => TargetFlags.Parse(["--timeout", "soon"]))!.Message;
        var fromFile = Assert.Throws<ConfigurationException>(() => TargetSettingsReader.Read(
            new Dictionary<string, string> { ["baseUrl"] = BaseUrl, ["auth"] = "none", ["timeoutSeconds"] = "soon" }, _ => null))!.Message;
        Assert.Multiple(() =>
        {
            Assert.That(fromFlag, Is.EqualTo("--timeout 'soon' is not a positive number of seconds (e.g. 30)."));
            Assert.That(fromFile, Is.EqualTo("timeoutSeconds (--timeout) 'soon' is not a positive number of seconds (e.g. 30)."));
        });
    }

    [Test]
    public void A_pasted_secret_or_credentials_in_a_url_are_never_repeated()
    {
        const string Token = "eyJhbGciOiJSUzI1NiJ9.payload.signature";
        var variable = Assert.Throws<ConfigurationException>(() => TargetFlags.Parse(["--token-env", Token]))!.Message;
        var url = Assert.Throws<ConfigurationException>(() => TargetFlags.Parse(["--base-url", "https://user:hunter2@h.example/scim"]))!.Message;
        Assert.Multiple(() =>
        {
            Assert.That(variable, Does.StartWith("--token-env is not the name of an environment variable").And.Not.Contain(Token));
            Assert.That(url, Does.Contain("must not carry credentials").And.Not.Contain("hunter2"));
        });
    }

    [Test]
    public void Two_sources_of_one_secret_and_a_flag_given_twice_are_refused_a_repeatable_one_is_not()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ConfigurationException>(() => TargetFlags.Parse(["--token-env", "A", "--token-file", "b"]))!.Message,
                Is.EqualTo("Give either --token-env or --token-file, not both."));
            Assert.That(Assert.Throws<ConfigurationException>(() => TargetFlags.Parse(["--timeout", "5", "--timeout", "6"]))!.Message,
                Is.EqualTo("--timeout is given twice; give it once."));
            Assert.That(TargetFlags.Parse(["--defect", "a", "--defect", "b"]).Texts(TargetOptions.Defect), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(TargetFlags.Parse(["--timeout=5", "--insecure=false"]).Text(TargetOptions.Timeout), Is.EqualTo("5"));
            Assert.That(TargetFlags.Parse(["--insecure=false"]).Has(TargetOptions.Insecure), Is.False);
        });
    }

    [Test]
    public void Options_without_a_flag_are_settings_parameters_only()
    {
        var keysWithoutFlag = TargetOptions.All.Where(o => o.Flag is null).Select(o => o.Key);
        Assert.That(keysWithoutFlag, Is.EquivalentTo(new[] { ParameterNames.MaxBodyBytes, ParameterNames.Seed, ParameterNames.RunId, ParameterNames.ReadOnly }));
        Assert.That(TargetOptions.All.Select(o => o.Key).OfType<string>(), Is.Unique);
        Assert.That(TargetOptions.Flags.Select(o => o.Flag), Is.Unique);
    }
}
