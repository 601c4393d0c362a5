using System.Net;
using System.Net.Sockets;

namespace ScimConformance.Tests.Support;

/// <summary>A 127.0.0.1 port nothing listens on: bound, read, and released again.</summary>
internal static class ClosedPort
{
    public static Task<int> FindAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return Task.FromResult(port);
    }
}
