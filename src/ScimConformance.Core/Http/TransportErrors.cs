using System.Net.Sockets;
using System.Security.Authentication;

namespace ScimConformance.Core.Http;

/// <summary>Turns the exceptions of a failed exchange into one short human cause, without stack traces.</summary>
public static class TransportErrors
{
    public static string Describe(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case ResponseBodyTooLargeException tooLarge:
                    return tooLarge.Message;
                case AuthenticationException:
                    return "TLS handshake failed (" + OneLine(e.Message) + "); if the endpoint uses a private CA pass --ca-cert <file>, or --insecure for a test system";
                case SocketException socket:
                    return socket.SocketErrorCode switch
                    {
                        SocketError.ConnectionRefused => "connection refused (is the server running and listening on that port?)",
                        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "the host name could not be resolved (DNS)",
                        SocketError.TimedOut => "the connection timed out",
                        SocketError.NetworkUnreachable or SocketError.HostUnreachable => "the host is unreachable",
                        SocketError.ConnectionReset => "the connection was reset by the server",
                        _ => "network error: " + OneLine(socket.Message),
                    };
                case TimeoutException:
                    return "no answer within the timeout";
            }
        }
        var innermost = error;
        while (innermost.InnerException is not null) innermost = innermost.InnerException;
        return OneLine(innermost.Message);
    }

    /// <summary>
    /// True when the connection was closed or reset before any answer came, as a server does to a kept-alive connection
    /// it has given up on; false for a refused connection, a timeout, TLS or a body over the cap.
    /// </summary>
    public static bool ConnectionDropped(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded }:
                case SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown }:
                    return true;
                case ResponseBodyTooLargeException or AuthenticationException or TimeoutException:
                    return false;
            }
        }
        return false;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
