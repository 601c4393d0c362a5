using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.Tests.Runner;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.Cli;

/// <summary>The exit codes CI gates rely on, and the one-line error each failure mode prints.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ExitCodeTests
{
    private static readonly Dictionary<string, string> WithToken = new() { ["SCIM_TOKEN"] = "cli-test-token-0123456789" };

    private static void AssertOneLineError(CliRun run, int expectedCode)
    {
        Assert.That(run.ExitCode, Is.EqualTo(expectedCode), run.ToString());
        Assert.That(run.ErrorLines, Has.Length.EqualTo(1), run.ToString());
        Assert.That(run.Stderr, Does.Not.Contain("   at ").And.Not.Contain("Exception:"), "no stack trace");
        Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(WithToken["SCIM_TOKEN"]));
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Test]
    public async Task Unknown_flag_exits_2()
    {
        var run = await InProcessCli.RunAsync("run", "--demo", "--no-such-flag");
        AssertOneLineError(run, ExitCodes.ConfigurationError);
        Assert.That(run.Stderr, Does.Contain("no-such-flag"));
    }

    [Test]
    public async Task Unknown_command_exits_2()
    {
        var run = await InProcessCli.RunAsync("frobnicate");
        AssertOneLineError(run, ExitCodes.ConfigurationError);
        Assert.That(run.Stderr, Does.Contain("frobnicate"));
    }

    [Test]
    public async Task Invalid_flag_value_exits_2()
    {
        var run = await InProcessCli.RunAsync("run", "--base-url", "http://127.0.0.1:1/scim/v2", "--auth", "kerberos");
        AssertOneLineError(run, ExitCodes.ConfigurationError);
        Assert.That(run.Stderr, Does.Contain("kerberos"));
    }

    [Test]
    public async Task Missing_token_variable_exits_2_and_names_it()
    {
        var run = await InProcessCli.RunAsync("run", "--base-url", "http://127.0.0.1:1/scim/v2", "--token-env", "NOT_SET_ANYWHERE_42");
        AssertOneLineError(run, ExitCodes.ConfigurationError);
        Assert.That(run.Stderr, Does.Contain("NOT_SET_ANYWHERE_42"));
    }

    [Test]
    public async Task No_target_at_all_exits_2()
    {
        var run = await InProcessCli.RunAsync("run");
        AssertOneLineError(run, ExitCodes.ConfigurationError);
        Assert.That(run.Stderr, Does.Contain("--base-url"));
    }

    [Test]
    public async Task Unreadable_settings_file_exits_2()
    {
        var run = await InProcessCli.RunAsync("run", "--settings", "/nonexistent/dir/x.runsettings");
        AssertOneLineError(run, ExitCodes.ConfigurationError);
    }

    [Test]
    public async Task Missing_suite_assembly_exits_2()
    {
        var run = await InProcessCli.RunAsync("list", "--suites", "/nonexistent/Suites.dll");
        AssertOneLineError(run, ExitCodes.ConfigurationError);
    }

    [Test]
    public async Task Closed_port_exits_3_with_one_line()
    {
        var run = await InProcessCli.RunAsync(WithToken, CancellationToken.None, "run", "--base-url", $"http://127.0.0.1:{ClosedPort()}/scim/v2", "--timeout", "5");
        AssertOneLineError(run, ExitCodes.TargetUnreachable);
        Assert.That(run.Stderr, Does.Contain("unreachable"));
    }

    [Test]
    public async Task Html_answering_endpoint_exits_3_as_not_scim()
    {
        using var stub = new HtmlStub();
        var run = await InProcessCli.RunAsync(WithToken, CancellationToken.None, "run", "--base-url", stub.BaseUrl, "--timeout", "5");
        AssertOneLineError(run, ExitCodes.TargetUnreachable);
        Assert.That(run.Stderr, Does.Contain("not a SCIM endpoint"));
    }

    [Test]
    public async Task Discover_on_a_closed_port_exits_3()
    {
        var run = await InProcessCli.RunAsync(WithToken, CancellationToken.None, "discover", "--base-url", $"http://127.0.0.1:{ClosedPort()}/scim/v2", "--timeout", "5");
        AssertOneLineError(run, ExitCodes.TargetUnreachable);
    }

    [Test]
    public async Task Help_documents_the_exit_codes()
    {
        var run = await InProcessCli.RunAsync("--help");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain("130"), run.ToString());
        Assert.That(run.Stdout, Does.Contain("130").And.Contain("not a SCIM endpoint").And.Contain("run").And.Contain("serve"));
    }

    [Test]
    public async Task List_json_is_an_array_of_checks_with_their_metadata()
    {
        var run = await InProcessCli.RunAsync("list", "--json", "--suites", SampleSuite.Path);
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var tests = JsonNode.Parse(run.Stdout)!.AsArray();
        var sample = tests.Single(t => t!["id"]!.GetValue<string>() == "SMP-002")!;
        Assert.Multiple(() =>
        {
            Assert.That(sample["title"]!.GetValue<string>(), Is.EqualTo("fails an assertion"));
            Assert.That(sample["area"]!.GetValue<string>(), Is.EqualTo("Sample"));
            Assert.That(sample["severity"]!.GetValue<string>(), Is.EqualTo("high"));
            Assert.That(sample["requirements"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { "R7644-3.3-01" }));
            Assert.That(sample["remediation"]!.GetValue<string>(), Is.EqualTo("fix it"));
            Assert.That(sample["needs"]!.AsArray(), Is.Empty);
            Assert.That(tests.Select(t => t!["id"]!.GetValue<string>()), Has.None.Contains("Ordinary"));
        });
    }

    [Test]
    public async Task List_include_filters_the_listing()
    {
        var run = await InProcessCli.RunAsync("list", "--json", "--suites", SampleSuite.Path, "--include", "area:Broken");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(JsonNode.Parse(run.Stdout)!.AsArray().Select(t => t!["id"]!.GetValue<string>()), Is.EqualTo(new[] { "SMP-101" }));
    }

    [TestCase("run", "--demo", "--out", ExpectedResult = "--out needs a value: --out <DIR>.")]
    [TestCase("run", "--demo", "--include", "--seed", "3", ExpectedResult = "--include needs a value: --include <TERM>.")]
    [TestCase("run", "--demo", "--token-file", ExpectedResult = "--token-file needs a value: --token-file <PATH>.")]
    [TestCase("baseline", "create", "--from", ExpectedResult = "--from needs a value: --from <RESULTS>.")]
    public async Task<string> A_value_flag_without_a_value_exits_2_naming_the_flag(params string[] args)
    {
        var run = await InProcessCli.RunAsync(args);
        AssertOneLineError(run, ExitCodes.ConfigurationError);
        return run.Stderr.Trim()["scimconf: configuration error: ".Length..];
    }

    [TestCase("run", "--demo", "--seed", "abc", ExpectedResult = "--seed 'abc' is not a whole number (e.g. 10): --seed <N>.")]
    [TestCase("load", "--demo", "--rate", "fast", ExpectedResult = "--rate 'fast' is not a number (e.g. 2.5): --rate <R>.")]
    [TestCase("run", "--demo", "--timeout", "abc", ExpectedResult = "--timeout 'abc' is not a positive number of seconds (e.g. 30).")]
    [TestCase("run", "--demo", "--fail-on", "severe", ExpectedResult = "--fail-on 'severe' must be one of critical, high, medium, low. (see scimconf --help)")]
    [TestCase("run", "--demo", "--auth", "kerberos", ExpectedResult = "--auth 'kerberos' is not one of bearer, oauth, basic, none.")]
    public async Task<string> A_number_or_choice_flag_with_another_value_names_the_flag_and_the_form(params string[] args)
    {
        var run = await InProcessCli.RunAsync(args);
        AssertOneLineError(run, ExitCodes.ConfigurationError);
        return run.Stderr.Trim()["scimconf: ".Length..].Replace("configuration error: ", "", StringComparison.Ordinal);
    }

    [Test]
    public async Task A_selection_matching_no_check_exits_2_before_the_demo_starts_unless_allowed()
    {
        using var output = new EndToEnd.TemporaryDirectory();
        var refused = await InProcessCli.RunAsync("run", "--demo", "--include", "NOPE-*", "--out", output.Path);
        var allowed = await InProcessCli.RunAsync("run", "--demo", "--include", "NOPE-*", "--allow-empty", "--out", output.Path);
        AssertOneLineError(refused, ExitCodes.ConfigurationError);
        Assert.Multiple(() =>
        {
            Assert.That(refused.Stderr, Does.Contain("--include 'NOPE-*' matches no check"));
            Assert.That(refused.Stdout, Does.Not.Contain("Demo:"), "refused before the demo server started");
            Assert.That(allowed.ExitCode, Is.EqualTo(ExitCodes.Passed), allowed.ToString());
            Assert.That(JsonNode.Parse(File.ReadAllText(Path.Combine(output.Path, "results.json")))!["tests"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task A_generated_check_term_matching_no_case_exits_2_once_the_target_is_discovered()
    {
        // ATT-... cases exist only after discovery, so the term is judged then; a typo must not pass with nothing run.
        using var output = new EndToEnd.TemporaryDirectory();
        var refused = await InProcessCli.RunAsync("run", "--demo", "--include", "ATT-User-titel-roundtrip", "--out", output.Path);
        var matched = await InProcessCli.RunAsync("run", "--demo", "--include", "ATT-User-title-roundtrip", "--out", output.Path);
        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(ExitCodes.ConfigurationError), refused.ToString());
            Assert.That(refused.Stderr, Does.Contain("--include 'ATT-User-titel-roundtrip' matches no check generated from the target's /Schemas"));
            Assert.That(matched.ExitCode, Is.EqualTo(ExitCodes.Passed), matched.ToString());
            Assert.That(matched.Stdout, Does.Contain("PASS  ATT-User-title-roundtrip"));
        });
    }

    [Test]
    public async Task An_out_folder_that_cannot_be_written_exits_2_before_the_target_is_contacted()
    {
        using var output = new EndToEnd.TemporaryDirectory();
        var file = Path.Combine(output.Path, "a-file");
        await File.WriteAllTextAsync(file, "not a folder");
        // The closed port would exit 3 if the target were contacted first.
        var run = await InProcessCli.RunAsync(WithToken, CancellationToken.None, "run", "--base-url", $"http://127.0.0.1:{ClosedPort()}/scim/v2", "--out", Path.Combine(file, "reports"));
        AssertOneLineError(run, ExitCodes.ConfigurationError);
        Assert.That(run.Stderr, Does.Contain("--out '" + Path.Combine(file, "reports") + "' cannot be written"));
    }
}
