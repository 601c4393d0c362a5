using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Model.Timeline;

namespace ScimConformance.Runner.Model;

/// <summary>
/// One check's declaration, verdict and evidence (the redacted HTTP exchanges it made). In results.json the
/// declaration's members sit beside the verdict's, one flat object per check (see Reporting/TestOutcomeJson).
/// </summary>
public sealed record TestOutcome
{
    public required CheckInfo Check { get; init; }
    public Outcome Outcome { get; init; }
    public string Message { get; init; } = "";
    public TimeSpan Duration { get; init; }
    public IReadOnlyList<Exchange> Exchanges { get; init; } = [];
    /// <summary>The lifecycle steps the check observed (<see cref="EvidenceProperties.Timeline"/>), in order; empty for checks that record none.</summary>
    public IReadOnlyList<TimelineStep> Timeline { get; init; } = [];
}
