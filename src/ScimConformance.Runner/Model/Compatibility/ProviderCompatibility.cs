namespace ScimConformance.Runner.Model.Compatibility;

/// <summary>One identity provider's row of the matrix: its steps in name order and the verdict they give.</summary>
public sealed record ProviderCompatibility
{
    public required string Provider { get; init; }
    public CompatibilityVerdict Verdict { get; init; }
    public IReadOnlyList<ProviderStep> Steps { get; init; } = [];
}
