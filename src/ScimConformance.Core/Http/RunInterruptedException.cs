namespace ScimConformance.Core.Http;

/// <summary>
/// Thrown instead of sending a check's request once the run is being interrupted. Not a transport error:
/// checks that judge a failed connection must not mistake it for the endpoint's doing.
/// </summary>
public sealed class RunInterruptedException : Exception
{
    public RunInterruptedException()
        : base("Not sent: the run was interrupted (Ctrl-C or SIGTERM) while this check was running.")
    {
    }

    public RunInterruptedException(string message) : base(message)
    {
    }

    public RunInterruptedException(string message, Exception inner) : base(message, inner)
    {
    }
}
