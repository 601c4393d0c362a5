using NUnit.Framework;
using ScimConformance.Core.Catalog;

namespace ScimConformance.Core.Authoring;

/// <summary>
/// The verdict vocabulary of a check. The level comes from the catalogue, not from the test author:
/// a MUST-level deviation fails the test, a SHOULD/MAY-level one warns and lets the test go on.
/// Citing an id the catalogue lacks is a bug in the suite and throws.
/// </summary>
public static class Verify
{
    public static void That(bool condition, string requirementId, string message)
    {
        var requirement = RequirementCatalog.Default.Get(requirementId);
        if (condition) return;
        var text = $"[{requirement.Id} {requirement.Level}, {requirement.Source} §{requirement.Section}] {message}";
        if (requirement.IsMandatory) Assert.Fail(text);
        else Assert.Warn(text);
    }

    public static void That(bool condition, string requirementId, Func<string> message)
    {
        if (!condition) That(false, requirementId, message());
        else RequirementCatalog.Default.Get(requirementId);
    }

    /// <summary>Fails at MUST level regardless of the cited requirement's level (e.g. a MUST implied by a SHOULD feature being advertised).</summary>
    public static void Must(bool condition, string requirementId, string message)
    {
        var requirement = RequirementCatalog.Default.Get(requirementId);
        if (!condition) Assert.Fail($"[{requirement.Id} {requirement.Level}, {requirement.Source} §{requirement.Section}] {message}");
    }

    /// <summary>Warns regardless of the cited requirement's level (interoperability advice, tolerated variations).</summary>
    public static void Should(bool condition, string requirementId, string message)
    {
        var requirement = RequirementCatalog.Default.Get(requirementId);
        if (!condition) Assert.Warn($"[{requirement.Id} {requirement.Level}, {requirement.Source} §{requirement.Section}] {message}");
    }

    /// <summary>
    /// A precondition the harness needs to reach a verdict (e.g. creating the user a read test reads).
    /// When it does not hold the outcome is "error: could not decide", never a failure of the endpoint.
    /// </summary>
    public static void Precondition(bool condition, string message)
    {
        if (!condition) Assert.Inconclusive("Harness could not decide: " + message);
    }
}
