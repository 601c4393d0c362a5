using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using ScimConformance.Core.Http;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// Compiles <see cref="SampleSuiteSource"/> once per test process with the SDK's C# compiler and loads it,
/// giving the runner tests a real NUnit suite assembly with known outcomes; likewise
/// <see cref="FaultySuiteSource"/>, a suite with authoring mistakes the harness must report as errors.
/// </summary>
internal static class SampleSuite
{
    private static readonly Lazy<Assembly> Compiled = new(() => Compile("Sample.Suite", SampleSuiteSource.Code));
    private static readonly Lazy<Assembly> FaultyCompiled = new(() => Compile("Faulty.Suite", FaultySuiteSource.Code));
    private static readonly Lazy<Assembly> VerdictCompiled = new(() => Compile("Verdict.Suite", VerdictSuiteSource.Code));
    private static readonly Lazy<Assembly> AboutCompiled = new(() => Compile("About.Suite", AboutSuiteSource.Code));

    public static Assembly Assembly => Compiled.Value;

    public static Assembly Faulty => FaultyCompiled.Value;

    /// <summary><see cref="VerdictSuiteSource"/>: checks meeting byte-identical answers through the one outcome policy.</summary>
    public static Assembly Verdicts => VerdictCompiled.Value;

    /// <summary><see cref="AboutSuiteSource"/>: checks that name the attribute their verdicts are about, and some that do not.</summary>
    public static Assembly About => AboutCompiled.Value;

    public static string Path => Assembly.Location;

    /// <summary>Runs every check of a compiled suite through NUnit and the harness's collector; the outcomes by check id.</summary>
    public static async Task<Dictionary<string, ScimConformance.Runner.Model.TestOutcome>> OutcomesOfAsync(Assembly suite)
    {
        var collector = new ScimConformance.Runner.Execution.OutcomeCollector(new ExchangeJournal());
        await ScimConformance.Runner.Execution.NUnitSession.RunAsync([suite], ScimConformance.Runner.Selection.TestSelection.All,
            new Dictionary<string, string>(), collector, CancellationToken.None);
        return collector.Outcomes.ToDictionary(o => o.Check.Id);
    }

    public static ExchangeJournal Journal =>
        (ExchangeJournal)Assembly.GetType("Sample.Suite.SampleJournal")!.GetProperty("Journal")!.GetValue(null)!;

    private static Assembly Compile(string name, string code)
    {
        var work = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "scimconf-sample-suite-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var source = System.IO.Path.Combine(work, name + ".cs");
        File.WriteAllText(source, code);
        var output = System.IO.Path.Combine(work, name + ".dll");

        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(FindCompiler());
        foreach (var a in new[] { "-nologo", "-target:library", "-nullable:enable", "-langversion:latest", "-out:" + output, source })
            info.ArgumentList.Add(a);
        foreach (var reference in ReferenceAssemblies())
            info.ArgumentList.Add("-r:" + reference);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException("Compiling the sample suite failed:\n" + stdout.Result + stderr.Result);
        return Assembly.LoadFrom(output);
    }

    private static string DotnetRoot() =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static string FindCompiler() =>
        Directory.GetDirectories(System.IO.Path.Combine(DotnetRoot(), "sdk"))
            .Select(sdk => System.IO.Path.Combine(sdk, "Roslyn", "bincore", "csc.dll"))
            .Where(File.Exists)
            .OrderByDescending(p => p, StringComparer.Ordinal)
            .FirstOrDefault() ?? throw new FileNotFoundException("The .NET SDK's csc.dll was not found under " + DotnetRoot());

    private static IEnumerable<string> ReferenceAssemblies()
    {
        var version = Environment.Version;
        var refPack = System.IO.Path.Combine(DotnetRoot(), "packs", "Microsoft.NETCore.App.Ref");
        var refDir = Directory.Exists(refPack)
            ? Directory.GetDirectories(refPack)
                .Where(d => System.IO.Path.GetFileName(d).StartsWith($"{version.Major}.{version.Minor}.", StringComparison.Ordinal))
                .Select(d => System.IO.Path.Combine(d, "ref", $"net{version.Major}.{version.Minor}"))
                .FirstOrDefault(Directory.Exists)
            : null;
        var framework = refDir ?? RuntimeEnvironment.GetRuntimeDirectory();
        foreach (var dll in Directory.GetFiles(framework, "*.dll"))
            yield return dll;
        yield return typeof(NUnit.Framework.Assert).Assembly.Location;
        yield return typeof(ExchangeJournal).Assembly.Location;
        yield return typeof(ScimConformance.Authoring.CheckInfo).Assembly.Location;
    }
}
