using ScimConformance.Authoring;
using ScimConformance.Runner.Model;
using ScimConformance.Runner.Model.Compatibility;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// Hand-built runs whose checks replay identity providers: "okta" fails a high-confidence step
/// (incompatible), "entra" fails only a low-confidence one (unconfirmed), "onelogin" passes and warns
/// (compatible).
/// </summary>
internal static class ProviderRuns
{
    public static RunResult Mixed()
    {
        var baseRun = SampleRuns.Hostile();
        var template = baseRun.Tests[0];
        TestOutcome Replay(string id, string provider, string step, StepConfidence? confidence, Outcome outcome) => template with
        {
            Check = template.Check with
            {
                Id = id,
                Title = "replay " + id,
                Area = "Providers",
                Provider = provider,
                Step = step,
                Confidence = confidence,
            },
            Outcome = outcome,
            Message = outcome == Outcome.Fail ? "expected 200, got 500" : "",
        };
        var tests = baseRun.Tests.Concat(
        [
            Replay("OKTA-001", "okta", "user.create", StepConfidence.High, Outcome.Pass),
            Replay("OKTA-002", "okta", "user.deactivate", StepConfidence.High, Outcome.Fail),
            Replay("OKTA-003", "okta", "group.push", StepConfidence.Low, Outcome.Warn),
            Replay("ENTRA-001", "entra", "user.create", StepConfidence.High, Outcome.Pass),
            Replay("ENTRA-002", "entra", "user.deactivate", StepConfidence.Low, Outcome.Fail),
            Replay("ONELOGIN-001", "onelogin", "user.create", null, Outcome.Pass),
            Replay("ONELOGIN-002", "onelogin", "user.deactivate", StepConfidence.Medium, Outcome.Warn),
        ]).ToArray();
        return baseRun with { Tests = tests, Counts = OutcomeCounts.Of(tests) };
    }
}
