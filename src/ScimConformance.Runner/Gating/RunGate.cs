namespace ScimConformance.Runner.Gating;

/// <summary>
/// What the run's exit code was judged by and what it came to: the configured <c>--fail-on</c>, the baseline, the
/// exit code and the reasons for it. Stored in results.json so that the console, summary.md and report.html say the
/// same thing, and so a page never shows PASSED for a run whose exit code was not 0.
/// </summary>
public sealed record RunGate
{
    /// <summary>The <c>--fail-on</c> threshold: critical, high, medium or low.</summary>
    public required string FailOn { get; init; }
    /// <summary>The baseline file as given on the command line; null when the run had none.</summary>
    public string? Baseline { get; init; }
    public GateVerdict Verdict { get; init; }
    /// <summary>The process exit code the verdict gave (0 passed, 1 failed, 130 interrupted).</summary>
    public int ExitCode { get; init; }
    /// <summary>Failures (and, at --fail-on low, errors) at or above the threshold: each one alone fails the run.</summary>
    public int Gating { get; init; }
    /// <summary>Failures and errors below the threshold: reported, without changing the exit code.</summary>
    public int BelowThreshold { get; init; }
    /// <summary>Failures the baseline accepts.</summary>
    public int Accepted { get; init; }
    /// <summary>Resources the run could not delete; any fails the run, whatever the threshold.</summary>
    public int Leftovers { get; init; }
    /// <summary>Why the exit code is what it is, one sentence each, the deciding reasons first.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];
}

/// <summary>The gate's verdict; the exit code follows from it.</summary>
public enum GateVerdict
{
    Passed,
    Failed,
    Interrupted,
}
