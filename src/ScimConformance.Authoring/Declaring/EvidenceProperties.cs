namespace ScimConformance.Authoring;

/// <summary>
/// NUnit properties a check adds while it runs, as evidence beside its exchanges (its declaration is
/// <see cref="CheckInfo"/>'s). The runner reads them into the run's results.
/// </summary>
public static class EvidenceProperties
{
    /// <summary>One value per lifecycle step the check observed, a JSON object each (see Runner/Model/Timeline).</summary>
    public const string Timeline = "scim.timeline";

    /// <summary>
    /// One value per verdict <see cref="Verify"/> reached that was not a pass, a JSON object each: when (so the runner can
    /// name the exchange it rested on), the requirement cited, the outcome, and expected and observed when the check gave them.
    /// </summary>
    public const string Verdict = "scim.verdict";

    /// <summary>
    /// The attribute the check's verdicts are about from now on, "User.active" (<see cref="Verify.About"/>): one value,
    /// replaced by the next call; each verdict note carries the one in force when it was reached.
    /// </summary>
    public const string About = "scim.about";
}
