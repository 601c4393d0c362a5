using ScimConformance.Authoring;

namespace ScimConformance.Runner.Model.Compatibility;

/// <summary>
/// The identity-provider compatibility matrix: for every provider some check replays (property
/// <c>scim.provider</c>), its steps with their outcomes and a verdict. Derived from the checks alone, so
/// it is always in step with them (after a merge or a baseline too). Empty when no check names a provider.
/// </summary>
public sealed record CompatibilityMatrix
{
    public IReadOnlyList<ProviderCompatibility> Providers { get; init; } = [];

    /// <summary>
    /// A check without <c>scim.confidence</c> counts as high confidence (a replay nobody qualified must
    /// not soften a failure); a check without <c>scim.step</c> is its own step, named by its id.
    /// </summary>
    public static CompatibilityMatrix Of(IEnumerable<TestOutcome> tests)
    {
        var providers = tests
            .Where(t => !string.IsNullOrEmpty(t.Check.Provider))
            .GroupBy(t => t.Check.Provider!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ProviderCompatibility
            {
                Provider = g.Key,
                Verdict = VerdictOf(g.ToList()),
                Steps = g.GroupBy(StepName, StringComparer.Ordinal)
                    .OrderBy(s => s.Key, StringComparer.Ordinal)
                    .Select(s => StepOf(s.Key, s.ToList()))
                    .ToArray(),
            })
            .ToArray();
        return new CompatibilityMatrix { Providers = providers };
    }

    private static string StepName(TestOutcome test) => string.IsNullOrEmpty(test.Check.Step) ? test.Check.Id : test.Check.Step;

    private static StepConfidence ConfidenceOf(TestOutcome test) => test.Check.Confidence ?? StepConfidence.High;

    // An accepted failure is still a failure of the provider's flow: the baseline only stops it gating the build.
    private static bool Failed(TestOutcome test) => test.Outcome is Outcome.Fail or Outcome.Accepted;

    private static CompatibilityVerdict VerdictOf(List<TestOutcome> tests)
    {
        if (tests.Any(t => Failed(t) && ConfidenceOf(t) == StepConfidence.High)) return CompatibilityVerdict.Incompatible;
        // A failure we are not sure the provider would provoke, or a step the harness could not decide, proves nothing either way.
        if (tests.Any(t => Failed(t) || t.Outcome == Outcome.Error)) return CompatibilityVerdict.Unconfirmed;
        return CompatibilityVerdict.Compatible;
    }

    private static ProviderStep StepOf(string step, List<TestOutcome> tests)
    {
        var worst = tests.Min(t => Rank(t.Outcome));
        var atWorst = tests.Where(t => Rank(t.Outcome) == worst).ToList();
        return new ProviderStep
        {
            Step = step,
            Outcome = atWorst[0].Outcome,
            Confidence = atWorst.Min(ConfidenceOf),
            TestIds = tests.Select(t => t.Check.Id).Order(StringComparer.Ordinal).ToArray(),
        };
    }

    // Worst first; a pass outranks a skip because a step some check exercised is better evidence than none.
    private static int Rank(Outcome outcome) => outcome switch
    {
        Outcome.Fail => 0,
        Outcome.Accepted => 1,
        Outcome.Error => 2,
        Outcome.Warn => 3,
        Outcome.Pass => 4,
        _ => 5,
    };
}
