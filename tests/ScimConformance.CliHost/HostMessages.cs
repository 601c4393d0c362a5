using System.Text.Json;

namespace ScimConformance.CliHost;

/// <summary>
/// One command line for the host to run, with the environment the run sees instead of the process's. <paramref name="Stray"/>
/// is written to the host's own standard error before the run, as output that bypasses the run's writers would be: the
/// tests of the host use it to show such output is attributed to the run that wrote it.
/// </summary>
public sealed record HostRequest(string[] Args, Dictionary<string, string> Environment, string? Stray = null);

/// <summary>
/// The host speaks one JSON document per line each way: a request on standard input, its reply (what the run did, a
/// <see cref="ScimConformance.Cli.Infrastructure.CapturedRun"/>) on standard output.
/// </summary>
public static class HostMessages
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// The line the host writes to its standard error after each run, before the reply: everything on standard error
    /// before it belongs to that run.
    /// </summary>
    public const string RunEnd = "\u001Escimconf-host: end of run";
}
