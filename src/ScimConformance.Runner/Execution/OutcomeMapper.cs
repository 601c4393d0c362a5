using NUnit.Framework.Interfaces;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// Turns NUnit's result state into the harness's outcome. Only an assertion that failed inside the test
/// body blames the endpoint; exceptions, set-up failures, cancellations and inconclusive results mean
/// the harness could not decide.
/// </summary>
public static class OutcomeMapper
{
    public const string CouldNotDecide = "Harness could not decide: ";
    public const string NotStarted = "Not run: the run was interrupted (Ctrl-C or SIGTERM) before this check started.";
    public const string StoppedWhileRunning = "Not run: the run was interrupted (Ctrl-C or SIGTERM) while this check was running, before it reached a verdict.";

    /// <summary>
    /// The outcome of a check that finished while the run was being interrupted: not run when it never started, or when
    /// the interruption is what ended it (its next request was refused, or NUnit cancelled it); otherwise its own verdict.
    /// </summary>
    public static (Outcome Outcome, string Message) MapWhileStopping(ResultState state, string? message, bool started)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!started) return (Outcome.NotRun, NotStarted);
        var interruption = state.Label == ResultState.Cancelled.Label
            || (message ?? "").Contains(nameof(Core.Http.RunInterruptedException), StringComparison.Ordinal);
        return interruption && state.Status is TestStatus.Failed or TestStatus.Skipped ? (Outcome.NotRun, StoppedWhileRunning) : Map(state, message);
    }

    public static (Outcome Outcome, string Message) Map(ResultState state, string? message)
    {
        var text = ExceptionText.WithoutFrames(message ?? "").Trim();
        switch (state.Status)
        {
            case TestStatus.Passed:
                return (Outcome.Pass, text);
            case TestStatus.Warning:
                return (Outcome.Warn, text);
            case TestStatus.Skipped:
                return (Outcome.Skip, text.Length > 0 ? text : "Skipped (" + (state.Label.Length > 0 ? state.Label : "no reason given") + ")");
            case TestStatus.Inconclusive:
                return (Outcome.Error, EnsurePrefix(text.Length > 0 ? text : "the check ended inconclusive"));
            case TestStatus.Failed:
                if (IsAssertionInTest(state)) return (Outcome.Fail, text);
                return (Outcome.Error, EnsurePrefix(Describe(state, ExceptionText.Clean(text))));
            default:
                return (Outcome.Error, EnsurePrefix(text.Length > 0 ? text : "NUnit reported no result"));
        }
    }

    private static bool IsAssertionInTest(ResultState state) =>
        state.Label.Length == 0 && state.Site is FailureSite.Test or FailureSite.Child;

    private static string Describe(ResultState state, string text)
    {
        var where = state.Site switch
        {
            FailureSite.Parent => "the fixture's one-time set-up failed",
            FailureSite.SetUp => "set-up failed",
            FailureSite.TearDown => "tear-down failed",
            _ when state.Label == ResultState.Cancelled.Label => "the check was cancelled",
            _ when state.Label == ResultState.NotRunnable.Label => "the check is not runnable",
            _ => "the check stopped on an unexpected condition in the harness",
        };
        return text.Length > 0 ? $"{where}: {text}" : where;
    }

    private static string EnsurePrefix(string text) =>
        text.StartsWith(CouldNotDecide, StringComparison.OrdinalIgnoreCase) ? text : CouldNotDecide + text;
}
