using ScimConformance.Authoring;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Gating;

/// <summary>
/// Decides which outcomes make a run "failed" for its exit code, given <c>--fail-on</c>. The reports never
/// change: a failure below the threshold is still a failure there, it just does not break the build.
/// </summary>
public static class ExitGate
{
    /// <summary>The thresholds <c>--fail-on</c> accepts, lowest (strictest) last.</summary>
    public static IReadOnlyList<string> ThresholdNames { get; } = ["critical", "high", "medium", "low"];

    /// <summary>Low: every failure and every error counts (info-severity failures included).</summary>
    public const Severity Default = Severity.Low;

    public static bool TryParse(string? text, out Severity threshold)
    {
        threshold = Default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "critical": threshold = Severity.Critical; return true;
            case "high": threshold = Severity.High; return true;
            case "medium": threshold = Severity.Medium; return true;
            case "low": threshold = Severity.Low; return true;
            default: return false;
        }
    }

    /// <summary>
    /// A fail counts when its severity reaches the threshold. An error (the harness could not decide) has
    /// no trustworthy severity, so it counts only at the strictest threshold, low; accepted (baselined)
    /// failures, warnings, skips and passes never count.
    /// </summary>
    public static bool Counts(TestOutcome test, Severity threshold)
    {
        ArgumentNullException.ThrowIfNull(test);
        return Counts(test.Outcome, test.Check.Severity, threshold);
    }

    /// <summary>The same rule for an outcome of a check of this severity (a regression `diff` found, for instance).</summary>
    public static bool Counts(Outcome outcome, Severity severity, Severity threshold) => outcome switch
    {
        Outcome.Fail => threshold <= Severity.Low || severity >= threshold,
        Outcome.Error => threshold <= Severity.Low,
        _ => false,
    };

    /// <summary>The outcomes that break the build at this threshold.</summary>
    public static IReadOnlyList<TestOutcome> Gating(RunResult result, Severity threshold) =>
        result.Tests.Where(t => Counts(t, threshold)).ToArray();

    public static bool Fails(RunResult result, Severity threshold) => result.Tests.Any(t => Counts(t, threshold));

    /// <summary>
    /// Whether the exit code is 1: a failure that counts at the threshold, or resources the run created and could
    /// not delete, whatever the threshold, since the tenant now holds the run's data.
    /// </summary>
    public static bool BreaksBuild(RunResult result, Severity threshold)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Fails(result, threshold) || result.Leftovers.Count > 0;
    }
}
