using ScimConformance.Authoring;

namespace ScimConformance.Runner.Model.Compatibility;

/// <summary>
/// One provisioning step of a provider (e.g. "user.deactivate"): the worst outcome of the checks that
/// replay it, and the highest confidence among those that ended in that outcome.
/// </summary>
public sealed record ProviderStep
{
    public required string Step { get; init; }
    public Outcome Outcome { get; init; }
    public StepConfidence Confidence { get; init; }
    /// <summary>The checks that replay this step, so a reader can find their evidence.</summary>
    public IReadOnlyList<string> TestIds { get; init; } = [];
}
