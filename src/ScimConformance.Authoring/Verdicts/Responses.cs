using NUnit.Framework;
using ScimConformance.Core.Http;

namespace ScimConformance.Authoring;

/// <summary>
/// Applies <see cref="ResponsePolicy"/> inside a check: returns when the answer is a success, otherwise ends the check
/// with the policy's outcome. The exchange itself travels with the outcome (the journal files it under the check).
/// A deviation at a SHOULD-level requirement warns and returns false (NUnit cannot end a check on a warning), so a
/// check writes <c>if (!Responses.Subject(...)) return;</c> and never judges the body of an answer that has none.
/// </summary>
public static class Responses
{
    /// <summary>The valid request the check is about: a refusal or a server error is the check's deviation at the cited requirement's level.</summary>
    public static bool Subject(ScimResponse response, string requirementId, string what) =>
        Apply(response, ExchangeRole.Subject, requirementId, what);

    /// <summary>The valid request the check is about, to an endpoint the RFC lets a server leave out: 404/405/501 skip with the reason.</summary>
    public static bool OptionalSubject(ScimResponse response, string requirementId, string what) =>
        Apply(response, ExchangeRole.OptionalSubject, requirementId, what);

    /// <summary>A step the check builds on: anything but a success means the check could not obtain its evidence.</summary>
    public static void SetUp(ScimResponse response, string what) =>
        _ = Apply(response, ExchangeRole.SetUp, null, what);

    /// <summary>A step the check builds on, through an optional endpoint: absent skips with the reason, any other refusal is an error.</summary>
    public static void OptionalSetUp(ScimResponse response, string what) =>
        _ = Apply(response, ExchangeRole.OptionalSetUp, null, what);

    private static bool Apply(ScimResponse response, ExchangeRole role, string? requirementId, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        var decision = ResponsePolicy.Decide(response.Status, role);
        var text = $"{what} {decision.Reason}.";
        switch (decision.Kind)
        {
            case VerdictKind.Proceed:
                return true;
            case VerdictKind.Skip:
                Assert.Ignore("Skipped: " + text);
                return false;
            case VerdictKind.Error:
                Verify.Precondition(false, text);
                return false;
            default:
                Verify.That(false, requirementId!, text);
                return false;
        }
    }
}
