namespace ScimConformance.Runner.Model.Coverage;

/// <summary>
/// Coverage counts over a set of requirements (the whole catalogue, or one source such as "RFC 7644"). Only testable
/// rows are counted: <see cref="Testable"/> = <see cref="Verified"/> + <see cref="Skipped"/> + <see cref="NoCheck"/>,
/// and <see cref="Failing"/> is the part of <see cref="Verified"/> where a check failed.
/// </summary>
public sealed record SourceCoverage
{
    /// <summary>The source these counts are of; "all" for the whole catalogue.</summary>
    public string Source { get; init; } = "all";
    public int Testable { get; init; }
    /// <summary>Testable requirements a check citing them decided in this run (pass, warn, fail or accepted).</summary>
    public int Verified { get; init; }
    /// <summary>Of <see cref="Verified"/>, those a citing check failed.</summary>
    public int Failing { get; init; }
    /// <summary>Testable requirements only cited by checks that skipped, errored or did not run here.</summary>
    public int Skipped { get; init; }
    /// <summary>Testable requirements no check of this run cites.</summary>
    public int NoCheck { get; init; }
    /// <summary>Rows the catalogue marks not observable from outside: listed, never counted.</summary>
    public int NotTestable { get; init; }

    public static SourceCoverage Of(string source, IReadOnlyCollection<CoverageStatus> statuses)
    {
        int Count(CoverageStatus s) => statuses.Count(x => x == s);
        var failing = Count(CoverageStatus.Failing);
        return new SourceCoverage
        {
            Source = source,
            Testable = statuses.Count - Count(CoverageStatus.NotTestable),
            Verified = Count(CoverageStatus.Verified) + failing,
            Failing = failing,
            Skipped = Count(CoverageStatus.Skipped),
            NoCheck = Count(CoverageStatus.NoCheck),
            NotTestable = Count(CoverageStatus.NotTestable),
        };
    }
}
