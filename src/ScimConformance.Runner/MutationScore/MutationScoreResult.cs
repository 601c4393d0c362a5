using System.Globalization;

namespace ScimConformance.Runner.MutationScore;

/// <summary>
/// How far the harness's verdicts can be trusted, measured on a test server's switches: the share of real defects
/// caught by exactly their named checks, and the number of benign variations on which some check failed or errored.
/// Written to mutation-score.json by <c>scimconf mutation-score</c>.
/// </summary>
public sealed record MutationScoreResult
{
    public const string CurrentSchemaVersion = "1.0";

    public string SchemaVersion { get; init; } = CurrentSchemaVersion;
    public int Defects { get; init; }
    public int Caught { get; init; }
    public int BenignVariations { get; init; }
    /// <summary>Benign variations on which at least one check failed or errored.</summary>
    public int FalseFailures { get; init; }
    public IReadOnlyList<SwitchVerdict> Switches { get; init; } = [];

    /// <summary>Caught / defects as a percentage (100 when there are no defects).</summary>
    public double CaughtPercent => Defects == 0 ? 100 : Math.Round(100.0 * Caught / Defects, 1);

    /// <summary>The one line the score script prints.</summary>
    public string Summary => string.Create(CultureInfo.InvariantCulture,
        $"defects: {Defects}, caught: {Caught} ({CaughtPercent:0.#}%), benign: {BenignVariations}, false failures: {FalseFailures}");

    /// <summary>Scores verdicts already judged one per switch.</summary>
    public static MutationScoreResult Of(IReadOnlyList<SwitchVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var defects = verdicts.Where(v => !v.Benign).ToArray();
        var benign = verdicts.Where(v => v.Benign).ToArray();
        return new MutationScoreResult
        {
            Defects = defects.Length,
            Caught = defects.Count(v => v.Right),
            BenignVariations = benign.Length,
            FalseFailures = benign.Count(v => !v.Right),
            Switches = verdicts,
        };
    }
}
