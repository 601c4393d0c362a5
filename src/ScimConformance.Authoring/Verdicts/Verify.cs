using NUnit.Framework;
using ScimConformance.Core.Catalog;

namespace ScimConformance.Authoring;

/// <summary>
/// The verdict vocabulary of a check. The level comes from the catalogue, not from the test author:
/// a MUST-level deviation fails the test, a SHOULD/MAY-level one warns and lets the test go on.
/// A check cites only ids the catalogue has and its declaration lists: anything else is a bug in the suite,
/// so it throws (the run reports the check as an error that names the id) whether or not the condition holds.
/// </summary>
public static class Verify
{
    public static void That(bool condition, string requirementId, string message)
    {
        var requirement = Cite(requirementId);
        if (condition) return;
        if (requirement.IsMandatory) Assert.Fail(Text(requirement, message));
        else Assert.Warn(Text(requirement, message));
    }

    public static void That(bool condition, string requirementId, Func<string> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!condition) That(false, requirementId, message());
        else Cite(requirementId);
    }

    /// <summary>Fails at MUST level regardless of the cited requirement's level (e.g. a MUST implied by a SHOULD feature being advertised).</summary>
    public static void Must(bool condition, string requirementId, string message)
    {
        var requirement = Cite(requirementId);
        if (!condition) Assert.Fail(Text(requirement, message));
    }

    /// <summary>Warns regardless of the cited requirement's level (interoperability advice, tolerated variations).</summary>
    public static void Should(bool condition, string requirementId, string message)
    {
        var requirement = Cite(requirementId);
        if (!condition) Assert.Warn(Text(requirement, message));
    }

    /// <summary>
    /// A precondition the harness needs to reach a verdict (e.g. creating the user a read test reads).
    /// When it does not hold the outcome is "error: could not decide", never a failure of the endpoint.
    /// </summary>
    public static void Precondition(bool condition, string message)
    {
        if (!condition) Assert.Inconclusive("Harness could not decide: " + message);
    }

    private static Requirement Cite(string requirementId)
    {
        var requirement = RequirementCatalog.Default.Get(requirementId);
        // Outside a check (a fixture's one-time set-up, an ordinary NUnit test) there is no declaration to hold it to.
        if (CheckInfo.Current is { } check && !check.Requirements.Contains(requirementId, StringComparer.Ordinal))
            throw new UndeclaredRequirementException(check, requirementId);
        return requirement;
    }

    private static string Text(Requirement requirement, string message) =>
        $"[{requirement.Id} {requirement.Level}, {requirement.Source} §{requirement.Section}] {message}";
}
