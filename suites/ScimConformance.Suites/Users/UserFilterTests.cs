using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7644 §3.4.2.2: the eq filter on userName, the query every identity provider sends before it creates.</summary>
public sealed class UserFilterTests : ScimFixture
{
    [Test]
    [ScimTest("USR-027", "filter=userName eq returns exactly the matching user", Areas.Users, Severity.High, "R7644-3.4.2.2-01", "R7644-3.4.2.2-03",
        Needs = [Capability.Filter],
        Remediation = "Return exactly the users whose userName equals the operand.")]
    public async Task Eq_filter_returns_exactly_one()
    {
        var user = await CreateUserAsync();
        await CreateUserAsync(); // a second run user that must not match

        var response = await QueryAsync(Endpoints.Users, Filters.Eq("userName", UserNameOf(user)));

        Verify.That(response.Status == 200, "R7644-3.4.2.2-01", $"filter userName eq: expected 200, got {Describe(response)}.");
        var ids = ResourcesOf(response).Select(r => r.Text("id")).ToArray();
        Verify.That(ids.Length == 1 && ids[0] == IdOf(user), "R7644-3.4.2.2-01",
            $"filter userName eq \"{UserNameOf(user)}\": expected exactly the user {IdOf(user)}, got ids [{string.Join(", ", ids)}].");
    }

    [Test]
    [ScimTest("USR-028", "filter=userName eq matches without regard to case", Areas.Users, Severity.High, "R7644-3.4.2.2-15", "R7643-4.1.1-03",
        Needs = [Capability.Filter],
        Remediation = "Compare userName case-insensitively in filters (caseExact=false); identity providers look users up this way before creating them.")]
    public async Task Eq_filter_ignores_case_of_user_name()
    {
        var user = await CreateUserAsync();
        var variant = CaseVariants.Flip(UserNameOf(user));

        var response = await QueryAsync(Endpoints.Users, Filters.Eq("userName", variant));

        if (!Responses.Subject(response, "R7644-3.4.2.2-15", $"GET /{Endpoints.Users}?filter=userName eq \"{variant}\"")) return;
        var ids = ResourcesOf(response).Select(r => r.Text("id")).ToArray();
        Verify.That(ids.Contains(IdOf(user)), "R7644-3.4.2.2-15",
            $"filter userName eq \"{variant}\": expected the user {UserNameOf(user)} (userName is caseExact=false), got ids [{string.Join(", ", ids)}].");
    }

    [Test]
    [ScimTest("USR-029", "A filter matching nothing answers 200 with an empty list", Areas.Users, Severity.Medium, "R7644-3.4.2-07",
        Needs = [Capability.Filter],
        Remediation = "Answer a query without matches with 200 and an empty ListResponse (totalResults 0, no Resources), not 404.")]
    public async Task Eq_filter_without_match_is_an_empty_list()
    {
        var nobody = Run.Data.UserName() + "-nobody";

        var response = await QueryAsync(Endpoints.Users, Filters.Eq("userName", nobody));

        Verify.That(response.Status == 200 && ResourcesOf(response).Count == 0, "R7644-3.4.2-07",
            $"filter userName eq \"{nobody}\" (no such user): expected 200 with no resources, got {Describe(response)} with {ResourcesOf(response).Count} resource(s).");
    }
}
