using ScimConformance.Core.Authoring;

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
    /// <summary>NUnit's full name of the test method, so a contributor can find the code.</summary>
    public required string FullName { get; init; }
}
