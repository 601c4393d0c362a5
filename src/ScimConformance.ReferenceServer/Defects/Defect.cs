namespace ScimConformance.ReferenceServer;

/// <summary>
/// A switchable behaviour of the reference server. A real defect names in <paramref name="CaughtBy"/> the harness
/// test ids that must fail when it is on; a benign variation (<see cref="Benign"/>) is something the RFCs allow,
/// names no test, and must make nothing fail.
/// </summary>
public sealed record Defect(string Name, string Description, IReadOnlyList<string> CaughtBy)
{
    /// <summary>True for a variation the RFCs allow (see <see cref="BenignVariations"/>): no check may fail on it.</summary>
    public bool Benign { get; init; }

    /// <summary>
    /// For a defect that breaks only SHOULD-level text: the checks that must warn on it. A warning is not a catch
    /// (docs/verdicts.md), so such a defect names no <see cref="CaughtBy"/>, makes nothing fail, and its run exits 0;
    /// the end-to-end test holds exactly these checks to warn, which proves they can see it.
    /// </summary>
    public IReadOnlyList<string> WarnedBy { get; init; } = [];

    /// <summary>
    /// How many findings the harness must report for this defect (its failures grouped by cause, see the runner's
    /// Findings): one for a defect that fails checks, since a switch is one cause; none for one that only warns, since a
    /// warning makes no finding.
    /// </summary>
    public int Findings => CaughtBy.Count > 0 ? 1 : 0;

    /// <summary>For a benign variation: the RFC text that allows it.</summary>
    public string Allowance { get; init; } = "";

    /// <summary>
    /// True for a switch registered ahead of the harness (see <see cref="DefectCatalog.Pending"/>): it works in the
    /// server and in <c>--defect</c>, but the end-to-end tests do not run it until the harness is adapted to it. For a
    /// pending defect, <see cref="CaughtBy"/> names the existing checks meant to catch it; <see cref="HarnessWork"/>
    /// says what is still missing.
    /// </summary>
    public bool Pending { get; init; }

    /// <summary>For a pending switch: what the harness must do before the switch joins the end-to-end tests.</summary>
    public string HarnessWork { get; init; } = "";
}
