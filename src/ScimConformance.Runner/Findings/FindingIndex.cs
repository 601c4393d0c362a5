using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Findings;

/// <summary>
/// A run's findings by check id, computed once (<see cref="RunResult.Findings"/> regroups on every read), for reporters
/// that name each failed check's finding.
/// </summary>
public sealed class FindingIndex
{
    private readonly Dictionary<string, Finding> _byCheck = new(StringComparer.Ordinal);

    private FindingIndex(IReadOnlyList<Finding> findings)
    {
        foreach (var finding in findings)
            foreach (var check in finding.Checks)
                _byCheck.TryAdd(check, finding);
    }

    public static FindingIndex Of(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new FindingIndex(result.Findings);
    }

    /// <summary>The finding a failed check belongs to; null for a check that did not fail (accepted failures are no finding).</summary>
    public Finding? For(string checkId) => _byCheck.GetValueOrDefault(checkId);
}
