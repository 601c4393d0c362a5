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
    /// <summary>
    /// Indexes into <see cref="Exchanges"/> of the exchanges the verdict rests on (for a check that did not pass): the one
    /// each verdict was reached after, and the write a read of the same resource shows the effect of. Empty for passes.
    /// </summary>
    public IReadOnlyList<int> Evidence { get; init; } = [];
    /// <summary>The requirement ids the check's verdicts cited when they were not a pass: what the endpoint really breaks, a subset of the declared ones.</summary>
    public IReadOnlyList<string> Cites { get; init; } = [];
    /// <summary>What the deciding verdict expected, when the check said so as a field (e.g. "3: id1, id2, id3"); null otherwise.</summary>
    public string? Expected { get; init; }
    /// <summary>What the deciding verdict observed, beside <see cref="Expected"/>.</summary>
    public string? Observed { get; init; }
    /// <summary>
    /// The attribute the deciding verdict was about, resource type first ("User.active", "Group.members.$ref"), when the
    /// check said so (Verify.About); null otherwise. The findings join failures about one attribute.
    /// </summary>
    public string? About { get; init; }
}
