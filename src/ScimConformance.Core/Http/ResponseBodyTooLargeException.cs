namespace ScimConformance.Core.Http;

/// <summary>Raised inside the HTTP pipeline when a response body passes the configured cap.</summary>
public sealed class ResponseBodyTooLargeException : IOException
{
    public ResponseBodyTooLargeException(long limit) : base($"response body exceeded {limit} bytes") => Limit = limit;
    public ResponseBodyTooLargeException() { }
    public ResponseBodyTooLargeException(string message) : base(message) { }
    public ResponseBodyTooLargeException(string message, Exception inner) : base(message, inner) { }

    public long Limit { get; }
}
