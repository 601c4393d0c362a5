using ScimConformance.ReferenceServer;

namespace ScimConformance.Cli.Commands.Shared;

/// <summary>The run parameters for one command, and the demo server it started (stopped on dispose).</summary>
public sealed class ResolvedTarget(IReadOnlyDictionary<string, string> parameters, ReferenceServerHost? demoServer) : IAsyncDisposable
{
    public IReadOnlyDictionary<string, string> Parameters { get; } = parameters;
    public ReferenceServerHost? DemoServer { get; } = demoServer;
    public bool IsDemo => DemoServer is not null;

    public async ValueTask DisposeAsync()
    {
        if (DemoServer is not null) await DemoServer.DisposeAsync();
    }
}
