using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Samples;

/// <summary>The read-only check of docs/writing-a-suite.md: it sends only a GET, so it says Mutates = false.</summary>
public sealed class SampleUnknownUserTests : ScimFixture
{
    [Test]
    [ScimTest("EXA-002", "GET of an unknown user id answers 404", Areas.Errors, Severity.Medium, "R7644-3.12-08",
        Mutates = false,
        Remediation = "Answer requests for ids that do not exist with 404 Not Found.")]
    public async Task Unknown_user_answers_404()
    {
        // The run prefix makes the id one that no resource of the tenant can have.
        var response = await GetWithAsync(Endpoints.User(Run.Prefix + "-no-such-user"));

        Verify.That(response.Status == 404, "R7644-3.12-08", $"GET of an unknown user id: expected 404, got {Describe(response)}.");
    }
}
