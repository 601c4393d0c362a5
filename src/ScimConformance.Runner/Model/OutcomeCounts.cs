namespace ScimConformance.Runner.Model;

/// <summary>How many checks ended in each outcome.</summary>
public sealed record OutcomeCounts
{
    public int Total { get; init; }
    public int Pass { get; init; }
    public int Fail { get; init; }
    public int Warn { get; init; }
    public int Skip { get; init; }
    public int Error { get; init; }
    /// <summary>Failures the baseline accepts as known.</summary>
    public int Accepted { get; init; }
    /// <summary>Checks an interruption stopped before they reached a verdict.</summary>
    public int NotRun { get; init; }

    public static OutcomeCounts Of(IEnumerable<TestOutcome> tests)
    {
        var list = tests.ToList();
        int Count(Outcome o) => list.Count(t => t.Outcome == o);
        return new OutcomeCounts
        {
            Total = list.Count,
            Pass = Count(Outcome.Pass),
            Fail = Count(Outcome.Fail),
            Warn = Count(Outcome.Warn),
            Skip = Count(Outcome.Skip),
            Error = Count(Outcome.Error),
            Accepted = Count(Outcome.Accepted),
            NotRun = Count(Outcome.NotRun),
        };
    }
}
