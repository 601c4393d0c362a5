using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NUnit.Framework;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.CliHost;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The run hosts (tests/ScimConformance.CliHost): long-lived processes that each run one `scimconf` command line at a
/// time, so the end-to-end tests' hundred-odd runs pay for compiling the harness once per host instead of once per run.
/// A run in a host goes through the same ScimConfApp as `scimconf` itself and sees only the environment it is given.
/// A host that times out or breaks is killed and replaced; the rest are ended by <see cref="RunHostsSetUp"/>, which
/// lets them exit on their own so code coverage keeps what they ran. Tests that judge the process itself
/// (signals, the console of `scimconf run`, the README command, determinism across processes) still start `scimconf`.
/// </summary>
internal static class CliHosts
{
    /// <summary>Runs at once. A serial run is one chain of requests between a host and its server in the test process, which leaves a core half idle: four chains keep two cores busy.</summary>
    public const int Size = 4;

    private static readonly SemaphoreSlim Slots = new(Size, Size);
    private static readonly ConcurrentBag<CliHost> Idle = [];

    /// <summary>
    /// Runs one command line in a free host, as <see cref="CliProcess.RunAsync"/> runs it in a process of its own.
    /// <paramref name="stray"/> is for the tests of the hosts: a line the host writes to its real standard error first.
    /// </summary>
    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null,
        string? stray = null)
    {
        await Slots.WaitAsync();
        var host = Idle.TryTake(out var idle) ? idle : CliHost.Start();
        try
        {
            var result = await host.RunAsync([.. args], environment, timeout ?? TimeSpan.FromMinutes(3), stray);
            Idle.Add(host);
            return result;
        }
        catch
        {
            host.Dispose();
            throw;
        }
        finally
        {
            Slots.Release();
        }
    }

    /// <summary>Ends every idle host by closing its input, and waits for it to exit.</summary>
    public static async Task ShutDownAsync()
    {
        while (Idle.TryTake(out var host))
        {
            await host.EndAsync(TimeSpan.FromSeconds(30));
        }
    }

    private sealed class CliHost : IDisposable
    {
        /// <summary>How long the end-of-run line may trail the reply it was written before.</summary>
        private static readonly TimeSpan RunEndWait = TimeSpan.FromSeconds(30);

        private readonly Process _process;
        private readonly StringBuilder _stderr = new();
        private TaskCompletionSource<string> _runEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);

        private CliHost(Process process) => _process = process;

        public static CliHost Start()
        {
            var info = CliProcess.StartInfo("dotnet", [CliProcess.BesideTests("scimconf-host.dll", "CliHost")]);
            info.StandardInputEncoding = new UTF8Encoding(false);
            info.StandardOutputEncoding = Encoding.UTF8;
            var process = new Process { StartInfo = info };
            var host = new CliHost(process);
            process.ErrorDataReceived += (_, e) => host.OnStderr(e.Data);
            process.Start();
            // Most of the hosts' runs are the switch runs queued in the background: the tests in the foreground come first.
            process.PriorityClass = ProcessPriorityClass.BelowNormal;
            process.BeginErrorReadLine();
            return host;
        }

        public async Task<CliResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, string? stray = null)
        {
            string between;
            lock (_stderr)
            {
                // Written after the previous run's end line: output that outlived its run, shown with the next one
                // rather than lost (a secret in it must still meet a no-secrets assertion).
                between = TakeStderr();
                _runEnded = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            var request = new HostRequest(args, new Dictionary<string, string>(environment ?? new Dictionary<string, string>(), StringComparer.Ordinal), stray);
            await _process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(request, HostMessages.Options));
            await _process.StandardInput.FlushAsync();
            string? line;
            using (var cts = new CancellationTokenSource(timeout))
            {
                try
                {
                    line = await _process.StandardOutput.ReadLineAsync(cts.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"scimconf did not finish within {timeout} (in a run host). Its host's standard error:\n{TakeStderr()}");
                }
            }
            var reply = line is null ? null : JsonSerializer.Deserialize<CapturedRun>(line, HostMessages.Options);
            if (reply is null)
            {
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"the run host ended during a run (exit {_process.ExitCode}):\n{TakeStderr()}");
            }
            string own;
            try
            {
                own = await _runEnded.Task.WaitAsync(RunEndWait);
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException($"the run host answered but wrote no end-of-run line within {RunEndWait}:\n{TakeStderr()}");
            }
            var written = (between.Length == 0 ? "" : "(written after this host's previous run ended)\n" + between) + own;
            return new CliResult(reply.ExitCode, reply.Stdout, reply.Stderr + written);
        }

        /// <summary>A line of the host's standard error: the end-of-run line closes what the run wrote.</summary>
        private void OnStderr(string? line)
        {
            if (line is null) return;
            lock (_stderr)
            {
                if (line == HostMessages.RunEnd) _runEnded.TrySetResult(TakeStderr());
                else _stderr.AppendLine(line);
            }
        }

        public async Task EndAsync(TimeSpan timeout)
        {
            _process.StandardInput.Close();
            using var cts = new CancellationTokenSource(timeout);
            try
            {
                await _process.WaitForExitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                TestContext.Progress.WriteLine($"a run host did not end within {timeout}; killing it");
            }
            Dispose();
        }

        private string TakeStderr()
        {
            lock (_stderr)
            {
                var text = _stderr.ToString();
                _stderr.Clear();
                return text;
            }
        }

        public void Dispose() => CliProcess.End(_process);
    }
}
