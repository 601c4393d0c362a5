using System.Diagnostics;
using System.Text;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// Runs the real `scimconf` as a child process, the way a vendor or CI runs it, so end-to-end tests
/// see the true console, exit code and signal handling.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    public static CliProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null) =>
        Start("dotnet", [BesideTests("scimconf.dll", "CLI"), .. args], environment?.ToDictionary(kv => kv.Key, kv => (string?)kv.Value));

    /// <summary>Starts any program (an installed scimconf, `dotnet pack`) the same way; a null value removes a variable.</summary>
    public static CliProcess Start(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var process = new Process { StartInfo = StartInfo(file, args, environment, workingDirectory), EnableRaisingEvents = true };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (cli._gate) cli._stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (cli._gate) cli._stderr.AppendLine(e.Data); };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        using var cli = Start(args, environment);
        return await cli.WaitAsync(timeout ?? TimeSpan.FromMinutes(3));
    }

    public static async Task<CliResult> RunFileAsync(string file, IEnumerable<string> args, string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null, TimeSpan? timeout = null)
    {
        using var process = Start(file, args, environment, workingDirectory);
        return await process.WaitAsync(timeout ?? TimeSpan.FromMinutes(3));
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string StdoutSoFar
    {
        get { lock (_gate) return _stdout.ToString(); }
    }

    public string StderrSoFar
    {
        get { lock (_gate) return _stderr.ToString(); }
    }

    public async Task<CliResult> WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"scimconf did not finish within {timeout}. Output so far:\n{StdoutSoFar}");
        }
        _process.WaitForExit();
        lock (_gate) return new CliResult(_process.ExitCode, _stdout.ToString(), _stderr.ToString());
    }

    /// <summary>Sends a POSIX signal (INT, TERM) the way a terminal or CI runner would.</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start("kill", ["-s", name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public void Dispose() => End(_process);

    /// <summary>
    /// How the tests start a process of the harness (or another program): every stream redirected, no colour, and none of
    /// the SCIM_* variables of the machine running the tests (a real token there must reach no test's child).
    /// </summary>
    internal static ProcessStartInfo StartInfo(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["NO_COLOR"] = "1";
        info.Environment["SCIM_TOKEN"] = null;
        info.Environment["SCIM_BASE_URL"] = null;
        foreach (var (k, v) in environment ?? new Dictionary<string, string?>()) info.Environment[k] = v;
        return info;
    }

    /// <summary>The path of a program built beside the tests by a project they reference.</summary>
    internal static string BesideTests(string dll, string project)
    {
        var path = Path.Combine(AppContext.BaseDirectory, dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{dll} is not beside the tests; is the {project} project referenced?", path);
    }

    /// <summary>Kills a process and its children if it still runs, and releases it.</summary>
    internal static void End(Process process)
    {
        if (!process.HasExited)
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
        }
        process.Dispose();
    }
}

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
