using ScimConformance.Core.Authoring;
using ScimConformance.Runner.Model.Compatibility;

namespace ScimConformance.Runner.Model;

/// <summary>The metadata a check declares through <see cref="ScimTestAttribute"/>, as `scimconf list` shows it.</summary>
public sealed record TestDescriptor
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Area { get; init; }
    public Severity Severity { get; init; }
    public IReadOnlyList<string> Requirements { get; init; } = [];
    public IReadOnlyList<string> Needs { get; init; } = [];
    public string Remediation { get; init; } = "";
    /// <summary>The CWE of the finding (<c>scim.cwe</c>), e.g. "CWE-306"; null when the check names none.</summary>
    public string? Cwe { get; init; }
    /// <summary>NUnit's full name of the test method, so a contributor can find the code.</summary>
    public required string FullName { get; init; }
    /// <summary>The identity provider whose traffic the check replays (<c>scim.provider</c>); null for ordinary checks.</summary>
    public string? Provider { get; init; }
    /// <summary>The provider's provisioning step the check replays (<c>scim.step</c>), e.g. "user.deactivate".</summary>
    public string? Step { get; init; }
    /// <summary>How faithful the replay is (<c>scim.confidence</c>); null when the check does not say.</summary>
    public StepConfidence? Confidence { get; init; }
}
