using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Samples;

/// <summary>The first check of docs/writing-a-suite.md, written as the built-in USR-020 is.</summary>
public sealed class SampleUserDeleteTests : ScimFixture
{
    [Test]
    [ScimTest("EXA-001", "DELETE /Users/{id} answers 204 No Content", Areas.Users, Severity.Medium, "R7644-3.6-04",
        Remediation = "Answer a successful DELETE with 204 and an empty body.")]
    public async Task Delete_answers_204()
    {
        // Recorded in the run's ledger, so cleanup deletes it whatever happens next; a refused create ends the check
        // as "could not decide", since the check is not about creating.
        var user = await CreateUserAsync();

        // Tells the ledger the user is gone when the server says so.
        var response = await DeleteOwnAsync(Endpoints.User(IdOf(user)));

        Verify.That(response.Status == 204, "R7644-3.6-04", $"DELETE: expected 204 No Content, got {Describe(response)}.");
    }
}
