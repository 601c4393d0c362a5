using System.Runtime.InteropServices;
using ScimConformance.Cli;
using ScimConformance.Cli.Infrastructure;
using Spectre.Console;

// Ctrl-C and SIGTERM (CI cancel) stop the run gracefully: running checks stop at their next request, the ledger
// deletes what the run created, partial reports are written, exit 130. A second signal ends the process at once:
// the handler then leaves the signal to the runtime's default, which terminates.
using var stop = new CancellationTokenSource();
// The real standard error, taken now: while NUnit runs the suites it points Console.Error at its own capture.
var stderr = Console.Error;
void OnSignal(PosixSignalContext context)
{
    if (stop.IsCancellationRequested) return;
    context.Cancel = true;
    stderr.WriteLine("scimconf: stopping: checks still running end at their next request, then what the run created is deleted and partial reports are written. "
        + "Press Ctrl-C again to quit at once (what the run created then stays; `scimconf cleanup --run-id <id>` removes it).");
    stop.Cancel();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

// Redirected output (CI logs, files) has no terminal: see RedirectedConsole.
var console = Console.IsOutputRedirected ? RedirectedConsole.Create(Console.Out) : AnsiConsole.Console;

var cli = new CliContext
{
    Console = console,
    Out = Console.Out,
    Error = stderr,
};
return await ScimConfApp.RunAsync(args, cli, stop.Token);
