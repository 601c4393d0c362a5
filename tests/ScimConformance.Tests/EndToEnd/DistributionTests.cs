using System.Runtime.InteropServices;
using NUnit.Framework;

// Expected values read best inline in assertions; these run once, so CA1861's caching advice does not apply.
#pragma warning disable CA1861

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The two ways vendors install scimconf, done as they would: `dotnet pack` makes a dotnet tool that installs from a
/// folder feed into a tool path and runs the demo from an unrelated folder; `dotnet publish -r linux-x64` makes one
/// self-contained file that runs without .NET on the PATH.
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

    [Test]
    public async Task The_packed_tool_installs_from_a_folder_feed_and_runs_the_demo_from_an_unrelated_folder()
    {
        using var work = new TemporaryDirectory();
        var feed = Path.Combine(work.Path, "feed");
        var tools = Path.Combine(work.Path, "tools");
        var elsewhere = Directory.CreateDirectory(Path.Combine(work.Path, "a vendor's repo")).FullName;
        // Only the folder feed: the install must not depend on anything a registry serves.
        var config = Path.Combine(work.Path, "nuget.config");
        await File.WriteAllTextAsync(config, $"""<configuration><packageSources><clear /><add key="local" value="{feed}" /></packageSources></configuration>""");

        // The tests' own build already compiled the tool; --no-build packs exactly that.
        var pack = await CliProcess.RunFileAsync("dotnet", ["pack", CliProject, "-c", Configuration, "--no-build", "-o", feed, "-nologo"], timeout: BuildTimeout);
        Assert.That(pack.ExitCode, Is.Zero, pack.ToString());
        Assert.That(Directory.GetFiles(feed, "ScimConformance.Cli.*.nupkg"), Has.Length.EqualTo(1), pack.ToString());

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
        using var work = new TemporaryDirectory();
        var publish = await CliProcess.RunFileAsync("dotnet", ["publish", CliProject, "-c", Configuration, "-r", "linux-x64", "-o", Path.Combine(work.Path, "bin"), "-nologo"],
            timeout: BuildTimeout);
        Assert.That(publish.ExitCode, Is.Zero, publish.ToString());
        Assert.That(Directory.GetFiles(Path.Combine(work.Path, "bin")).Select(Path.GetFileName), Is.EqualTo(new[] { "scimconf" }), "one file");

        var noDotnet = new Dictionary<string, string?> { ["PATH"] = "/usr/bin:/bin", ["DOTNET_ROOT"] = null, ["HOME"] = work.Path };
        var demo = await CliProcess.RunFileAsync(Path.Combine(work.Path, "bin", "scimconf"), ["run", "--demo", "--include", "DSC-*", "--out", "reports"],
            workingDirectory: work.Path, environment: noDotnet);
        Assert.Multiple(() =>
        {
            Assert.That(demo.ExitCode, Is.Zero, demo.ToString());
            Assert.That(RunResults.Load(Path.Combine(work.Path, "reports")).Tests, Is.Not.Empty);
        });
    }
}
