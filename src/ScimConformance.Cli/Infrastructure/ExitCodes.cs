namespace ScimConformance.Cli.Infrastructure;

/// <summary>Every exit code scimconf returns, in one place (also in `scimconf --help` and docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>Every check passed; warnings and skips allowed.</summary>
    public const int Passed = 0;
    /// <summary>One or more checks failed or could not be decided (error).</summary>
    public const int Failures = 1;
    /// <summary>Bad flags, missing token, unreadable settings file.</summary>
    public const int ConfigurationError = 2;
    /// <summary>The target cannot be reached or is not a SCIM endpoint.</summary>
    public const int TargetUnreachable = 3;
    /// <summary>Stopped by Ctrl-C / SIGTERM; what ran is reported and cleaned up.</summary>
    public const int Interrupted = 130;

    /// <summary>One short line per code, for `scimconf --help`.</summary>
    public static IReadOnlyList<string> HelpLines { get; } =
    [
        "0    all checks passed (warnings and skips allowed)",
        "1    one or more checks failed or could not be decided (error)",
        "2    configuration error: bad flags, missing token, unreadable settings file",
        "3    target unreachable, or not a SCIM endpoint",
        "130  interrupted (Ctrl-C / SIGTERM); partial reports written, cleanup done",
    ];
}
