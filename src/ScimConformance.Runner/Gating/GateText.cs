namespace ScimConformance.Runner.Gating;

/// <summary>How every output names a gate's settings, so the console and the reports read alike.</summary>
public static class GateText
{
    /// <summary>"--fail-on medium, baseline ci/baseline.json (3 failures accepted)" or "..., no baseline".</summary>
    public static string Settings(RunGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        var baseline = gate.Baseline is null
            ? "no baseline"
            : $"baseline {gate.Baseline} ({gate.Accepted} {(gate.Accepted == 1 ? "failure" : "failures")} accepted)";
        return $"--fail-on {gate.FailOn}, {baseline}";
    }

    /// <summary>The verdict as the reports write it: PASSED, FAILED or INTERRUPTED.</summary>
    public static string Verdict(RunGate gate)
    {
        ArgumentNullException.ThrowIfNull(gate);
        return gate.Verdict.ToString().ToUpperInvariant();
    }
}
