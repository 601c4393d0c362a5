using ScimConformance.Core.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Model.Compatibility;
using ScimConformance.Runner.Model.Timeline;

namespace ScimConformance.Runner.Model;

/// <summary>One check's metadata, verdict and evidence (the redacted HTTP exchanges it made).</summary>
public sealed record TestOutcome
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Area { get; init; }
    public Severity Severity { get; init; }
    public IReadOnlyList<string> Requirements { get; init; } = [];
    public IReadOnlyList<string> Needs { get; init; } = [];
    public string Remediation { get; init; } = "";
    /// <summary>The CWE of the finding, null when the check names none; see <see cref="TestDescriptor.Cwe"/>.</summary>
    public string? Cwe { get; init; }
    public required string FullName { get; init; }
    public Outcome Outcome { get; init; }
    public string Message { get; init; } = "";
    public TimeSpan Duration { get; init; }
    public IReadOnlyList<Exchange> Exchanges { get; init; } = [];
    /// <summary>Identity-provider replay metadata, null for ordinary checks; see <see cref="TestDescriptor"/>.</summary>
    public string? Provider { get; init; }
    public string? Step { get; init; }
    public StepConfidence? Confidence { get; init; }
    /// <summary>The lifecycle steps the check observed (<c>scim.timeline</c>), in order; empty for checks that record none.</summary>
    public IReadOnlyList<TimelineStep> Timeline { get; init; } = [];

    public static TestOutcome From(TestDescriptor test, Outcome outcome, string message, TimeSpan duration, IReadOnlyList<Exchange> exchanges) => new()
    {
        Id = test.Id,
        Title = test.Title,
        Area = test.Area,
        Severity = test.Severity,
        Requirements = test.Requirements,
        Needs = test.Needs,
        Remediation = test.Remediation,
        Cwe = test.Cwe,
        FullName = test.FullName,
        Outcome = outcome,
        Message = message,
        Duration = duration,
        Exchanges = exchanges,
        Provider = test.Provider,
        Step = test.Step,
        Confidence = test.Confidence,
    };
}
