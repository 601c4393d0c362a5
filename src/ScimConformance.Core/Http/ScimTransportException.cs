namespace ScimConformance.Core.Http;

/// <summary>
/// The harness could not get an answer (connection refused, TLS failure, timeout, body over the cap).
/// Tests that hit it end as "error", never as an endpoint failure.
/// </summary>
public sealed class ScimTransportException : Exception
{
    public ScimTransportException(string message, Exception? inner = null) : base(message, inner) { }
    public ScimTransportException() { }
    public ScimTransportException(string message) : base(message) { }
}
