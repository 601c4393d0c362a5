using System.Text.Json;

namespace ScimConformance.CliHost;

/// <summary>One command line for the host to run, with the environment the run sees instead of the process's.</summary>
public sealed record HostRequest(string[] Args, Dictionary<string, string> Environment);

/// <summary>What one command line did: its exit code and everything it printed.</summary>
public sealed record HostReply(int ExitCode, string Stdout, string Stderr);

/// <summary>The host speaks one JSON document per line each way: a request on standard input, its reply on standard output.</summary>
public static class HostMessages
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
