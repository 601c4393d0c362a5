using ScimConformance.Authoring;
using ScimConformance.Core.Catalog;

namespace ScimConformance.Runner.Model.Coverage;

/// <summary>
/// How many testable rows (testable = yes or conditional) of each catalogue source the declared checks cite, without
/// running anything: the figure `scimconf list --coverage` prints. A row counts as cited when some check's declaration
/// lists it (Verify cites nothing else). Rows the project judged unobservable from outside (<see cref="UnobservableRow"/>)
/// stay in the denominator, are listed apart, and never count as cited.
/// </summary>
public sealed record CatalogueCoverage
{
    /// <summary>Which rows: those of spec/requirements.tsv (RFC 7643 and 7644), spec/practices.tsv or spec/supplement.tsv.</summary>
    public required string Scope { get; init; }
    public int Testable { get; init; }
    public int Cited { get; init; }
    /// <summary>Percentage of <see cref="Testable"/> that is <see cref="Cited"/>, rounded down to one decimal.</summary>
    public double Percent => Testable == 0 ? 100 : Math.Floor(Cited * 1000.0 / Testable) / 10;
    /// <summary>Testable rows no check cites and nobody judged unobservable: the work left.</summary>
    public IReadOnlyList<Requirement> Uncited { get; init; } = [];
    /// <summary>Testable rows no check cites because no request from outside can decide them, with the reason.</summary>
    public IReadOnlyList<UnobservableRow> Unobservable { get; init; } = [];

    /// <summary>
    /// Coverage of the RFC rows (requirements.tsv), of the practices (practices.tsv) and of the project's supplement rows
    /// (supplement.tsv: RFC 6749, RFC 9865), in that order; a source the catalogue holds no testable row of is left out.
    /// </summary>
    public static IReadOnlyList<CatalogueCoverage> Of(IEnumerable<CheckInfo> checks, RequirementCatalog catalogue, IEnumerable<UnobservableRow> unobservable)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var cited = checks.SelectMany(c => c.Requirements).ToHashSet(StringComparer.Ordinal);
        var reasons = unobservable.ToDictionary(u => u.Id, StringComparer.Ordinal);
        var testable = catalogue.All.Where(r => !string.Equals(r.Testable, "no", StringComparison.OrdinalIgnoreCase))
            .OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();
        return new[]
        {
            Scope("RFC 7643 and RFC 7644 (spec/requirements.tsv)", testable.Where(IsRfc)),
            Scope("security practices (spec/practices.tsv)", testable.Where(r => !IsRfc(r) && !SupplementIds.Value.Contains(r.Id))),
            Scope("project supplement (spec/supplement.tsv)", testable.Where(r => SupplementIds.Value.Contains(r.Id))),
        }.Where(scope => scope.Testable > 0).ToArray();

        CatalogueCoverage Scope(string name, IEnumerable<Requirement> rows)
        {
            var list = rows.ToArray();
            var uncited = list.Where(r => !cited.Contains(r.Id)).ToArray();
            return new CatalogueCoverage
            {
                Scope = name,
                Testable = list.Length,
                Cited = list.Length - uncited.Length,
                Uncited = uncited.Where(r => !reasons.ContainsKey(r.Id)).ToArray(),
                Unobservable = uncited.Where(r => reasons.ContainsKey(r.Id)).Select(r => reasons[r.Id]).ToArray(),
            };
        }
    }

    // The supplement's sources are RFCs too (6749, 9865), so its rows are told apart by the file they come from.
    private static readonly Lazy<HashSet<string>> SupplementIds = new(() =>
        RequirementCatalog.ParseTsv(RequirementCatalog.EmbeddedText(RequirementCatalog.SupplementResource), rfcFile: false).Select(r => r.Id).ToHashSet(StringComparer.Ordinal));

    // requirements.tsv holds the two SCIM RFCs; practices.tsv sources include other RFCs (OAuth, TLS), so match exactly.
    private static bool IsRfc(Requirement r) => r.Source is "RFC 7643" or "RFC 7644";
}
