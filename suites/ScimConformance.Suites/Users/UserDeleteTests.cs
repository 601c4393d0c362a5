using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Users;

/// <summary>
/// RFC 7644 §3.6: deleting a user answers 204 and takes it out of queries. What a deleted user answers to GET, PUT,
/// PATCH and a second DELETE is judged once, by the Deprovisioning checks (DPR-012 to DPR-015).
/// </summary>
public sealed class UserDeleteTests : ScimFixture
{
    [Test]
    [ScimTest("USR-020", "DELETE /Users/{id} answers 204 No Content", Areas.Users, Severity.Medium, "R7644-3.6-04",
        Remediation = "Answer a successful DELETE with 204 and an empty body.")]
    public async Task Delete_answers_204()
    {
        var user = await CreateUserAsync();

        var response = await DeleteOwnAsync(Endpoints.User(IdOf(user)));

        Verify.That(response.Status == 204, "R7644-3.6-04", $"DELETE: expected 204 No Content, got {Describe(response)}.");
    }

    [Test]
    [ScimTest("USR-024", "A deleted user is gone from filter results", Areas.Users, Severity.High, "R7644-3.6-02", "PSEED-DEPROV-01",
        Needs = [Capability.Filter],
        Remediation = "Exclude deleted users from every query result.")]
    public async Task Deleted_user_is_gone_from_filters()
    {
        var user = await CreateUserAsync();
        var id = IdOf(user);
        await DeleteRequiredAsync(Endpoints.User(id));

        var response = await QueryAsync(Endpoints.Users, Filters.Eq("userName", UserNameOf(user)));

        Verify.Precondition(response.Status == 200, $"the filter query answered {Describe(response)}.");
        var ids = ResourcesOf(response).Select(r => r.Text("id")).ToArray();
        Verify.That(!ids.Contains(id), "R7644-3.6-02",
            $"filter userName eq the deleted user: expected no resource with id {id}, got ids {string.Join(", ", ids)}.");
    }

    /// <summary>The delete these checks build on; whether it answered 200 or 204 is USR-020's concern.</summary>
    private static async Task DeleteRequiredAsync(string path)
    {
        var response = await DeleteOwnAsync(path);
        Verify.Precondition(response.IsSuccess, $"DELETE /{path} answered {response.Status}; what follows a delete cannot be checked.");
    }
}
