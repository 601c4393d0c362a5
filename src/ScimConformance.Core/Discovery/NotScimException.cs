namespace ScimConformance.Core.Discovery;

/// <summary>The target answered, but not as a SCIM service provider (HTML page, non-JSON, 404 on discovery...).</summary>
public sealed class NotScimException : Exception
{
    public NotScimException(string message) : base(message) { }
    public NotScimException() { }
    public NotScimException(string message, Exception inner) : base(message, inner) { }
}
