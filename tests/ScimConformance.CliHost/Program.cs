using System.Text;
using System.Text.Json;
using ScimConformance.Cli;
using ScimConformance.Cli.Infrastructure;
using ScimConformance.CliHost;

// The end-to-end tests run the harness some hundred times. A fresh `scimconf` process spends about half of a run's
// CPU compiling itself; this host runs one command line after another through the same ScimConfApp that
// Program.Main calls, so every run after the first finds the harness compiled. It reads one request per line on standard
// input, answers one reply per line on standard output, and ends when its input ends. What a run prints goes to the
// reply; tests that judge the process itself (signals, the console, exit on Ctrl-C) still start `scimconf`.
var replies = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
// Anything written to the console outside a run's own writers must not end up inside the reply channel.
Console.SetOut(Console.Error);

while (await Console.In.ReadLineAsync() is { } line)
{
    var request = JsonSerializer.Deserialize<HostRequest>(line, HostMessages.Options)
        ?? throw new InvalidDataException("scimconf-host: an empty request line");
    if (request.Stray is { } stray) await Console.Error.WriteLineAsync(stray);
    var reply = await CapturedRun.RunAsync(request.Args, request.Environment, CancellationToken.None);
    await Console.Error.WriteLineAsync(HostMessages.RunEnd);
    await Console.Error.FlushAsync();
    await replies.WriteLineAsync(JsonSerializer.Serialize(reply, HostMessages.Options));
}
return 0;
