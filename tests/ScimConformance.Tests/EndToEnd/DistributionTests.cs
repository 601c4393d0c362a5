using System.Runtime.InteropServices;
using NUnit.Framework;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The two ways vendors install scimconf, done as they would: `dotnet pack` makes a dotnet tool that installs from a
/// folder feed into a tool path and runs the demo from an unrelated folder; `dotnet publish -r linux-x64` makes one
/// self-contained file that runs without .NET on the PATH. The GitHub action's run step installs the same package and
/// puts a summary on the job page whatever the run's exit code.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[NonParallelizable]
public sealed class DistributionTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);

    private static string CliProject => Path.Combine(RepositoryRoot.Find(), "src", "ScimConformance.Cli");

    private string _workPath = null!;
    private string _feed = null!;
    private string _config = null!;

    /// <summary>
    /// Packs the tool once into a folder feed, with a nuget.config beside it that names only that feed: the installs
    /// below must not depend on anything a registry serves.
    /// </summary>
    [OneTimeSetUp]
    public async Task PackIntoAFolderFeed()
    {
        _workPath = Directory.CreateTempSubdirectory("scimconf-distribution-").FullName;
        _feed = Path.Combine(_workPath, "feed");
        _config = Path.Combine(_workPath, "nuget.config");
        await File.WriteAllTextAsync(_config, $"""<configuration><packageSources><clear /><add key="local" value="{_feed}" /></packageSources></configuration>""");
        // The tests' own build already compiled the tool; --no-build packs exactly that.
        var pack = await CliProcess.RunFileAsync("dotnet", ["pack", CliProject, "-c", Configuration, "--no-build", "-o", _feed, "-nologo"], timeout: BuildTimeout);
        Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
        Assert.That(Directory.GetFiles(_feed, "ScimConformance.Cli.*.nupkg"), Has.Length.EqualTo(1), pack.ToString());
    }

    [OneTimeTearDown]
    public void RemoveWork() => Directory.Delete(_workPath, recursive: true);

    [Test]
    public async Task The_packed_tool_installs_from_a_folder_feed_and_runs_the_demo_from_an_unrelated_folder()
    {
        var tools = Path.Combine(_workPath, "tools");
        var elsewhere = Directory.CreateDirectory(Path.Combine(_workPath, "a vendor's repo")).FullName;
        var feed = _feed;
        var config = _config;

        var install = await CliProcess.RunFileAsync("dotnet", ["tool", "install", "--tool-path", tools, "--add-source", feed, "--configfile", config, "ScimConformance.Cli"],
            workingDirectory: elsewhere, timeout: BuildTimeout);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());

        var scimconf = Path.Combine(tools, OperatingSystem.IsWindows() ? "scimconf.exe" : "scimconf");
        var version = await CliProcess.RunFileAsync(scimconf, ["--version"], workingDirectory: elsewhere);
        var demo = await CliProcess.RunFileAsync(scimconf, ["run", "--demo", "--out", "reports"], workingDirectory: elsewhere, timeout: TimeSpan.FromMinutes(5));
        Assert.Multiple(() =>
        {
            Assert.That(version.Stdout.Trim(), Is.EqualTo(global::ScimConformance.Runner.Execution.SuiteRunner.HarnessVersion));
            Assert.That(demo.ExitCode, Is.Zero, demo.ToString());
            Assert.That(RunResults.Load(Path.Combine(elsewhere, "reports")).Tests, Has.Count.GreaterThan(300), "every check ran from the installed tool");
        });
    }

    [Test]
    public async Task The_self_contained_single_file_runs_without_dotnet_on_the_path()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
            Assert.Ignore("Skipped: the single-file build this test makes is the linux-x64 one.");
        var work = Directory.CreateDirectory(Path.Combine(_workPath, "single-file"));
        var publish = await CliProcess.RunFileAsync("dotnet", ["publish", CliProject, "-c", Configuration, "-r", "linux-x64", "-o", Path.Combine(work.FullName, "bin"), "-nologo"],
            timeout: BuildTimeout);
        Assert.That(publish.ExitCode, Is.Zero, publish.ToString());
        Assert.That(Directory.GetFiles(Path.Combine(work.FullName, "bin")).Select(Path.GetFileName), Is.EqualTo(new[] { "scimconf" }), "one file");

        var noDotnet = new Dictionary<string, string?> { ["PATH"] = "/usr/bin:/bin", ["DOTNET_ROOT"] = null, ["HOME"] = work.FullName };
        var demo = await CliProcess.RunFileAsync(Path.Combine(work.FullName, "bin", "scimconf"), ["run", "--demo", "--include", "DSC-*", "--out", "reports"],
            workingDirectory: work.FullName, environment: noDotnet);
        Assert.Multiple(() =>
        {
            Assert.That(demo.ExitCode, Is.Zero, demo.ToString());
            Assert.That(RunResults.Load(Path.Combine(work.FullName, "reports")).Tests, Is.Not.Empty);
        });
    }

    [Test]
    public async Task The_github_action_run_step_installs_the_tool_and_summarises_every_exit_code()
    {
        var script = Path.Combine(RepositoryRoot.Find(), ".github", "actions", "scimconf", "run.sh");
        var runner = Directory.CreateDirectory(Path.Combine(_workPath, "runner")).FullName;
        // The vendor's checkout: its nuget.config names only the folder feed, as a private feed would be named.
        var repo = Directory.CreateDirectory(Path.Combine(_workPath, "vendor-repo")).FullName;
        File.Copy(_config, Path.Combine(repo, "nuget.config"));

        async Task<(string Output, string Summary, CliResult Step)> Step(string args)
        {
            var output = Path.Combine(runner, "output-" + Guid.NewGuid().ToString("N")[..6]);
            var summary = Path.Combine(runner, "summary-" + Guid.NewGuid().ToString("N")[..6]);
            var step = await CliProcess.RunFileAsync("bash", [script], repo, new Dictionary<string, string?>
            {
                ["RUNNER_TEMP"] = runner, ["GITHUB_OUTPUT"] = output, ["GITHUB_STEP_SUMMARY"] = summary,
                ["SCIMCONF_SOURCE"] = _feed, ["SCIMCONF_ARGS"] = args, ["SCIMCONF_OUT"] = "reports", ["SCIM_TOKEN"] = "ci-token-0123456789",
            }, TimeSpan.FromMinutes(5));
            return (File.ReadAllText(output), File.ReadAllText(summary), step);
        }

        var passed = await Step("--demo --include 'DSC-*'");
        var misconfigured = await Step("--demo --include 'NOPE-*'");
        var unreachable = await Step($"--base-url http://127.0.0.1:{await Support.ClosedPort.FindAsync()}/scim/v2 --timeout 5");
        Assert.Multiple(() =>
        {
            foreach (var step in new[] { passed.Step, misconfigured.Step, unreachable.Step })
                Assert.That(step.ExitCode, Is.Zero, "the run step never fails itself, so the summary, SARIF and reports are still published: " + step);
            Assert.That(passed.Output, Is.EqualTo("exit-code=0\n"));
            Assert.That(passed.Summary, Does.StartWith("## SCIM conformance: PASSED"));
            Assert.That(misconfigured.Output, Is.EqualTo("exit-code=2\n"));
            Assert.That(misconfigured.Summary, Does.StartWith("## SCIM conformance: configuration error (exit 2)").And.Contain("--include 'NOPE-*' matches no check"));
            Assert.That(unreachable.Output, Is.EqualTo("exit-code=3\n"));
            Assert.That(unreachable.Summary, Does.StartWith("## SCIM conformance: endpoint unreachable or not SCIM (exit 3)").And.Contain("target unreachable"));
            Assert.That(File.Exists(Path.Combine(repo, "reports", "results.sarif")), Is.False, "a run that exits 3 leaves no stale SARIF to upload");
            Assert.That(unreachable.Summary + unreachable.Step.Stdout + unreachable.Step.Stderr, Does.Not.Contain("ci-token-0123456789"));
        });
    }
}
