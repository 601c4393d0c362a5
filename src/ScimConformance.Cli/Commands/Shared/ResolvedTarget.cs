using ScimConformance.ReferenceServer;

namespace ScimConformance.Cli.Commands.Shared;

/// <summary>The run parameters for one command, and the demo server it started (stopped on dispose).</summary>
/// <param name="temporaryDirectory">A folder of secrets written for the demo server, deleted on dispose.</param>
public sealed class ResolvedTarget(IReadOnlyDictionary<string, string> parameters, ReferenceServerHost? demoServer, string? temporaryDirectory = null) : IAsyncDisposable
{
    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;
    public ReferenceServerHost? DemoServer { get; } = demoServer;
    public bool IsDemo => DemoServer is not null;

    public async ValueTask DisposeAsync()
    {
        if (DemoServer is not null) await DemoServer.DisposeAsync();
        if (temporaryDirectory is not null && Directory.Exists(temporaryDirectory)) Directory.Delete(temporaryDirectory, recursive: true);
    }
}
