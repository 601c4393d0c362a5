using ScimConformance.Core.Configuration;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;
using Spectre.Console.Cli;

namespace ScimConformance.Cli.Infrastructure;

/// <summary>Turns any exception into one actionable line on stderr and its exit code; never a stack trace.</summary>
public static class ErrorReporter
{
    public static int Report(Exception exception, TextWriter error)
    {
        var (code, line) = Describe(exception);
        error.WriteLine("scimconf: " + OneLine(line));
        error.Flush();
        return code;
    }

    public static (int Code, string Line) Describe(Exception exception) => Unwrap(exception) switch
    {
        ConfigurationException e => (ExitCodes.ConfigurationError, "configuration error: " + e.Message),
        CommandParseException e => (ExitCodes.ConfigurationError, e.Message + " (see scimconf --help)"),
        CommandRuntimeException e => (ExitCodes.ConfigurationError, e.Message + " (see scimconf --help)"),
        CommandAppException e => (ExitCodes.ConfigurationError, e.Message + " (see scimconf --help)"),
        ScimTransportException e => (ExitCodes.TargetUnreachable, "target unreachable: " + e.Message + " Check --base-url, the network path and TLS settings (--ca-cert, --insecure)."),
        NotScimException e => (ExitCodes.TargetUnreachable, "not a SCIM endpoint: " + e.Message + " Check that --base-url points at the SCIM root (the URL that serves /ServiceProviderConfig)."),
        OperationCanceledException => (ExitCodes.Interrupted, "interrupted."),
        UnauthorizedAccessException e => (ExitCodes.ConfigurationError, "cannot access a file: " + e.Message),
        IOException e => (ExitCodes.ConfigurationError, "file error: " + e.Message),
        var e => (ExitCodes.Failures, $"internal error ({e.GetType().Name}): {e.Message} Please report this with the command you ran."),
    };

    private static Exception Unwrap(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: 1 } or System.Reflection.TargetInvocationException && exception.InnerException is not null)
            exception = exception.InnerException!;
        return exception;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
