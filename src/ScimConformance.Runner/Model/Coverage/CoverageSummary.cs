using ScimConformance.Core.Catalog;

namespace ScimConformance.Runner.Model.Coverage;

/// <summary>
/// Requirement coverage of one run, derived from the checks and the catalogue: a requirement counts as verified only
/// when a check citing it reached a verdict here, not merely because some check cites it (a run that skipped every
/// check citing a requirement verified nothing about it). Rows the catalogue marks not testable are never counted.
/// report.html, summary.md and results.json all show these numbers.
/// </summary>
public sealed record CoverageSummary
{
    public required SourceCoverage Total { get; init; }
    /// <summary>The same counts per source (RFC 7643, RFC 7644, each practice source), ordered by source.</summary>
    public IReadOnlyList<SourceCoverage> Sources { get; init; } = [];
    /// <summary>Every catalogue requirement with its status, ordered by id.</summary>
    public IReadOnlyList<RequirementCoverage> Requirements { get; init; } = [];

    public static CoverageSummary Of(IEnumerable<TestOutcome> tests, RequirementCatalog catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var outcomesById = new Dictionary<string, List<Outcome>>(StringComparer.Ordinal);
        foreach (var test in tests)
            foreach (var id in test.Check.Requirements.Distinct(StringComparer.Ordinal))
                (outcomesById.TryGetValue(id, out var list) ? list : outcomesById[id] = []).Add(test.Outcome);

        var rows = catalogue.All.OrderBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => (Requirement: r, Status: StatusOf(r, outcomesById.GetValueOrDefault(r.Id))))
            .ToArray();
        return new CoverageSummary
        {
            Total = SourceCoverage.Of("all", rows.Select(x => x.Status).ToArray()),
            Sources = rows.GroupBy(x => x.Requirement.Source, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => SourceCoverage.Of(g.Key, g.Select(x => x.Status).ToArray())).ToArray(),
            Requirements = rows.Select(x => new RequirementCoverage(x.Requirement.Id, x.Status)).ToArray(),
        };
    }

    private static CoverageStatus StatusOf(Requirement requirement, List<Outcome>? outcomes)
    {
        // "no" rows cannot be observed from outside, whatever cites them; "yes" and "conditional" ones can.
        if (string.Equals(requirement.Testable, "no", StringComparison.OrdinalIgnoreCase)) return CoverageStatus.NotTestable;
        if (outcomes is null || outcomes.Count == 0) return CoverageStatus.NoCheck;
        if (outcomes.Any(o => o is Outcome.Fail or Outcome.Accepted)) return CoverageStatus.Failing;
        return outcomes.Any(o => o is Outcome.Pass or Outcome.Warn) ? CoverageStatus.Verified : CoverageStatus.Skipped;
    }
}
