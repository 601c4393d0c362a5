using NUnit.Framework;
using ScimConformance.Core.Catalog;

namespace ScimConformance.Authoring;

/// <summary>
/// The verdict vocabulary of a check. The level comes from the catalogue, not from the test author:
/// a MUST-level deviation fails the test, a SHOULD/MAY-level one warns and lets the test go on.
/// A check cites only ids the catalogue has and its declaration lists: anything else is a bug in the suite,
/// so it throws (the run reports the check as an error that names the id) whether or not the condition holds.
/// Every verdict that is not a pass leaves a note (<see cref="VerdictNote"/>): the runner marks the exchange it rested on
/// and keeps the cited id and, when given, what was expected and observed as fields of the outcome.
/// </summary>
public static class Verify
{
    public static void That(bool condition, string requirementId, string message) => That(condition, requirementId, message, null);

    /// <summary>As <see cref="That(bool, string, string)"/>, with what was expected and observed as fields of the verdict.</summary>
    public static void That(bool condition, string requirementId, string message, Expectation? expectation)
    {
        var requirement = Cite(requirementId);
        if (condition) return;
        if (requirement.IsMandatory) Fail(requirement, message, expectation);
        else Warn(requirement, message, expectation);
    }

    public static void That(bool condition, string requirementId, Func<string> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!condition) That(false, requirementId, message());
        else Cite(requirementId);
    }

    /// <summary>
    /// Requires two sets (ids a filter selects, a group's members) to be equal, saying what is missing and what is
    /// unexpected rather than printing both: "{what}: missing 2 (e.g. ...), unexpected 1 (e.g. ...)".
    /// </summary>
    public static void SameSet(IEnumerable<string> expected, IEnumerable<string> observed, string requirementId, string what, string? request = null)
    {
        var difference = new SetDifference(expected, observed);
        That(difference.Same, requirementId, () => $"{what}: {difference.Describe()}.{(request is null ? "" : " Request: " + request)}", difference.AsExpectation());
    }

    private static void That(bool condition, string requirementId, Func<string> message, Expectation expectation)
    {
        if (!condition) That(false, requirementId, message(), expectation);
        else Cite(requirementId);
    }

    /// <summary>Fails at MUST level regardless of the cited requirement's level (e.g. a MUST implied by a SHOULD feature being advertised).</summary>
    public static void Must(bool condition, string requirementId, string message, Expectation? expectation = null)
    {
        var requirement = Cite(requirementId);
        if (!condition) Fail(requirement, message, expectation);
    }

    /// <summary>Warns regardless of the cited requirement's level (interoperability advice, tolerated variations).</summary>
    public static void Should(bool condition, string requirementId, string message, Expectation? expectation = null)
    {
        var requirement = Cite(requirementId);
        if (!condition) Warn(requirement, message, expectation);
    }

    /// <summary>
    /// Says which attribute the verdicts that follow are about ("User", "active"; a sub-attribute as "members.$ref"), until
    /// the next call. A failure carries it, so findings can join the failures about one attribute that different sections
    /// and requests showed (RFC 7643 §4.1.2: User.groups is derived from Group.members, so both name the membership).
    /// </summary>
    public static void About(string resourceType, string attribute)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceType);
        ArgumentException.ThrowIfNullOrWhiteSpace(attribute);
        VerdictNote.About(resourceType + "." + attribute);
    }

    /// <summary>
    /// A precondition the harness needs to reach a verdict (e.g. creating the user a read test reads).
    /// When it does not hold the outcome is "error: could not decide", never a failure of the endpoint.
    /// </summary>
    public static void Precondition(bool condition, string message)
    {
        if (condition) return;
        VerdictNote.Add(null, "error", null);
        Assert.Inconclusive("Harness could not decide: " + message);
    }

    private static void Fail(Requirement requirement, string message, Expectation? expectation)
    {
        VerdictNote.Add(requirement.Id, "fail", expectation);
        Assert.Fail(Text(requirement, message));
    }

    private static void Warn(Requirement requirement, string message, Expectation? expectation)
    {
        VerdictNote.Add(requirement.Id, "warn", expectation);
        Assert.Warn(Text(requirement, message));
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
