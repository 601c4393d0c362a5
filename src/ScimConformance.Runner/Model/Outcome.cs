namespace ScimConformance.Runner.Model;

/// <summary>
/// The verdict of one check. Fail means the endpoint deviates from a MUST; error means the harness
/// could not decide (network trouble, set-up failed), which is never blamed on the endpoint. Accepted is
/// a failure the user's baseline lists as known: still reported, but it no longer gates the run. Not run is a
/// check an interruption (Ctrl-C, SIGTERM) stopped before it reached a verdict: no evidence either way, and
/// never an error, since nothing went wrong with the endpoint or the harness.
/// </summary>
public enum Outcome
{
    Pass,
    Fail,
    Warn,
    Skip,
    Error,
    Accepted,
    NotRun,
}
