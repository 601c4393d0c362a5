using System.Runtime.InteropServices;
using ScimConformance.Cli;
using ScimConformance.Cli.Infrastructure;
using Spectre.Console;

// Ctrl-C and SIGTERM (CI cancel) stop the run gracefully: running checks finish, the ledger deletes what
// the run created, partial reports are written, exit 130. A second signal ends the process at once.
using var stop = new CancellationTokenSource();
void OnSignal(PosixSignalContext context)
{
    if (stop.IsCancellationRequested) return;
    context.Cancel = true;
    stop.Cancel();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);

// Redirected output (CI logs, files) has no terminal width; Spectre would wrap at 80 columns and break
// URLs and commands across lines.
if (Console.IsOutputRedirected) AnsiConsole.Console.Profile.Width = 200;

var cli = new CliContext
{
    Console = AnsiConsole.Console,
    Out = Console.Out,
    Error = Console.Error,
};
return await ScimConfApp.RunAsync(args, cli, stop.Token);
