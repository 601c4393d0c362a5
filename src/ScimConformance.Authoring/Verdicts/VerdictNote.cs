using System.Globalization;
using System.Text.Json.Nodes;
using NUnit.Framework.Internal;

namespace ScimConformance.Authoring;

/// <summary>
/// Writes a <see cref="EvidenceProperties.Verdict"/> value on the running check: the moment of the verdict (the runner
/// takes the exchange that finished last before it as the evidence), the cited requirement and the outcome, plus what was
/// expected and observed when the check said so, and the attribute it is about (<see cref="Verify.About"/>). Outside a
/// check (a fixture's set-up, an ordinary test) nothing is written.
/// </summary>
internal static class VerdictNote
{
    private static readonly Lock Gate = new();

    public static void Add(string? requirementId, string outcome, Expectation? expectation)
    {
        if (CheckInfo.Current is null) return;
        // TestContext hands out a copy of the properties; the running test's own bag is what the runner reads.
        var test = TestExecutionContext.CurrentContext.CurrentTest;
        var note = new JsonObject
        {
            ["at"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["requirement"] = requirementId,
            ["outcome"] = outcome,
            ["expected"] = expectation?.Expected,
            ["observed"] = expectation?.Observed,
            ["about"] = test.Properties.Get(EvidenceProperties.About) as string,
        };
        lock (Gate) test.Properties.Add(EvidenceProperties.Verdict, note.ToJsonString());
    }

    /// <summary>Records the attribute later notes are about; outside a check nothing is written.</summary>
    public static void About(string attribute)
    {
        if (CheckInfo.Current is null) return;
        var test = TestExecutionContext.CurrentContext.CurrentTest;
        lock (Gate) test.Properties.Set(EvidenceProperties.About, attribute);
    }
}
