namespace ScimConformance.Authoring;

/// <summary>
/// A check's verdict cites a requirement its declaration does not list: the coverage matrix would credit the
/// check with less than it judges, and a selection by requirement would miss it. A bug in the suite, never in
/// the endpoint, so the run reports the check as an error with this message.
/// </summary>
public sealed class UndeclaredRequirementException(CheckInfo check, string requirementId) : InvalidOperationException(Describe(check, requirementId))
{
    public string CheckId { get; } = check.Id;
    public string RequirementId { get; } = requirementId;

    private static string Describe(CheckInfo check, string requirementId)
    {
        ArgumentNullException.ThrowIfNull(check);
        return $"{check.Id} cites {requirementId}, which its declaration does not list ({string.Join(", ", check.Requirements)}). "
            + $"Add {requirementId} to the check's requirements if the check really checks it, otherwise cite the id it does check.";
    }
}
