namespace ScimConformance.Runner.Model.Compatibility;

/// <summary>Whether the endpoint works with one identity provider, judged from the provider's replayed steps.</summary>
public enum CompatibilityVerdict
{
    /// <summary>No high-confidence step failed, and every other step passed, warned or was skipped.</summary>
    Compatible,
    /// <summary>A high-confidence step failed (or failed and was accepted by the baseline).</summary>
    Incompatible,
    /// <summary>No high-confidence step failed, but a medium/low-confidence step failed or a step could not be decided.</summary>
    Unconfirmed,
}
