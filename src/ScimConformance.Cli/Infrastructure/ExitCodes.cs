namespace ScimConformance.Cli.Infrastructure;

/// <summary>Every exit code scimconf returns, in one place (also in `scimconf --help` and docs/cli.md).</summary>
public static class ExitCodes
{
    /// <summary>No failure at or above --fail-on; warnings, skips and accepted failures allowed.</summary>
    public const int Passed = 0;
    /// <summary>A check failed at or above --fail-on, or could not be decided with --fail-on low; `diff` found a regression.</summary>
    public const int Failures = 1;
    /// <summary>Bad flags, missing token, unreadable settings file, a selection that matches no check, an unwritable --out.</summary>
    public const int ConfigurationError = 2;
    /// <summary>The target cannot be reached or is not a SCIM endpoint.</summary>
    public const int TargetUnreachable = 3;
    /// <summary>Stopped by Ctrl-C / SIGTERM; what ran is reported and cleaned up.</summary>
    public const int Interrupted = 130;

    /// <summary>The exit code of a run or merge the gate judged so.</summary>
    public static int Of(ScimConformance.Runner.Gating.GateVerdict verdict) => verdict switch
    {
        ScimConformance.Runner.Gating.GateVerdict.Passed => Passed,
        ScimConformance.Runner.Gating.GateVerdict.Interrupted => Interrupted,
        _ => Failures,
    };

    /// <summary>One short line per code, for `scimconf --help`.</summary>
    public static IReadOnlyList<string> HelpLines { get; } =
    [
        "0    no failure at or above --fail-on (warnings, skips and baseline-accepted failures allowed)",
        "1    a check failed at or above --fail-on (default: any failure or error); diff: a regression",
        "2    configuration error: bad flags, missing token, unreadable settings file, a selection matching no check",
        "3    target unreachable, or not a SCIM endpoint",
        "130  interrupted (Ctrl-C / SIGTERM); partial reports written, cleanup done; a second Ctrl-C quits at once",
    ];
}
