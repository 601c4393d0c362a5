namespace ScimConformance.Runner.Model.Coverage;

/// <summary>What this run learnt about one requirement of the catalogue.</summary>
public enum CoverageStatus
{
    /// <summary>A check citing it reached a verdict (pass or warn) and none failed.</summary>
    Verified,
    /// <summary>A check citing it reached a verdict and at least one failed (a failure the baseline accepts included).</summary>
    Failing,
    /// <summary>Checks cite it, but none reached a verdict here: skipped (capability not advertised), errored or not run.</summary>
    Skipped,
    /// <summary>No check of this run cites it.</summary>
    NoCheck,
    /// <summary>The catalogue marks it not observable from outside (testable = no); never counted.</summary>
    NotTestable,
}
