using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;
using ScimConformance.Suites.Scoping;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7644 §3.4.2: the ListResponse shape, on queries scoped to users this test created.</summary>
public sealed class UserListTests : ScimFixture
{
    [Test]
    [ScimTest("USR-030", "Query results are a ListResponse", Areas.Users, Severity.High, "R7644-3.4.2-02", "R7644-3.1-01",
        Needs = [Capability.Filter],
        Remediation = "Wrap query results in {\"schemas\": [\"urn:ietf:params:scim:api:messages:2.0:ListResponse\"], ...}.")]
    public async Task Query_answers_a_list_response()
    {
        var response = await QueryOwnUserAsync();

        Verify.That(response.Object.Strings("schemas").Contains(ScimUris.ListResponse), "R7644-3.4.2-02",
            $"expected schemas [{ScimUris.ListResponse}], got {response.Object.Attr("schemas").Show()}.");
    }

    [Test]
    [ScimTest("USR-031", "A ListResponse carries totalResults", Areas.Users, Severity.High, "R7644-3.4.2-03", "R7644-3.4.2.4-05",
        Needs = [Capability.Filter],
        Remediation = "Include totalResults (the number of matches, an integer) in every ListResponse.")]
    public async Task List_response_has_total_results()
    {
        var response = await QueryOwnUserAsync();

        Verify.That(response.Object.Attr("totalResults").IsInteger(), "R7644-3.4.2-03",
            $"expected an integer totalResults, got {response.Object.Attr("totalResults").Show()}.");
        Verify.That(response.Object.At("totalResults")!.GetValue<long>() == 1, "R7644-3.4.2.4-05",
            $"filter on one userName: expected totalResults 1, got {response.Object.Attr("totalResults").Show()}.");
    }

    [Test]
    [ScimTest("USR-032", "A non-empty ListResponse carries Resources", Areas.Users, Severity.High, "R7644-3.4.2-04",
        Needs = [Capability.Filter],
        Remediation = "List the matching resources in Resources whenever there are matches.")]
    public async Task List_response_has_resources()
    {
        var response = await QueryOwnUserAsync();

        Verify.That(response.Object.Array("Resources") is { Count: > 0 }, "R7644-3.4.2-04",
            $"a filter matching the user just created: expected Resources with it, got {response.Object.Attr("Resources").Show()}.");
    }

    [Test]
    [ScimTest("USR-033", "count caps the number of resources returned", Areas.Users, Severity.Medium, "R7644-3.4.2.4-04",
        Needs = [Capability.Filter],
        Remediation = "Return at most count resources per page (fewer is fine).")]
    public async Task Count_caps_the_page()
    {
        var stem = await CreateThreeUsersAsync();

        var response = await QueryAsync(Endpoints.Users, ThreeUsersFilter(stem), ("count", "2"));

        Verify.Precondition(response.Status == 200, $"the paged query answered {Describe(response)}.");
        Verify.That(ResourcesOf(response).Count <= 2, "R7644-3.4.2.4-04",
            $"count=2 over 3 matching users: expected at most 2 resources, got {ResourcesOf(response).Count}.");
    }

    [Test]
    [ScimTest("USR-034", "A partial page states startIndex and itemsPerPage", Areas.Users, Severity.Medium, "R7644-3.4.2-05", "R7644-3.4.2-06",
        Needs = [Capability.Filter],
        Remediation = "Include startIndex and itemsPerPage whenever a ListResponse holds one page of a larger result.")]
    public async Task Partial_page_states_its_position()
    {
        var stem = await CreateThreeUsersAsync();

        var response = await QueryAsync(Endpoints.Users, ThreeUsersFilter(stem), ("startIndex", "1"), ("count", "2"));

        Verify.Precondition(response.Status == 200, $"the paged query answered {Describe(response)}.");
        var count = ResourcesOf(response).Count;
        Verify.Precondition(count is > 0 and < 3, $"count=2 over 3 matches was answered with {count} resources; this check needs a partial page (USR-033 and USR-027 judge the rest).");
        Verify.That(response.Object.Attr("startIndex").IsInteger(), "R7644-3.4.2-05",
            $"a page of {count} of 3 matches: expected startIndex, got {response.Object.Attr("startIndex").Show()}.");
        Verify.That(response.Object.Attr("itemsPerPage").IsInteger(), "R7644-3.4.2-06",
            $"a page of {count} of 3 matches: expected itemsPerPage, got {response.Object.Attr("itemsPerPage").Show()}.");
    }

    [Test]
    [ScimTest("USR-035", "startIndex selects the 1-based position of the first result", Areas.Users, Severity.Medium, "R7644-3.4.2.4-05",
        Needs = [Capability.Filter],
        Remediation = "Start the page at the startIndex-th match (1-based) and echo startIndex in the response.")]
    public async Task Start_index_positions_the_page()
    {
        var stem = await CreateThreeUsersAsync();

        var response = await QueryAsync(Endpoints.Users, ThreeUsersFilter(stem), ("startIndex", "3"), ("count", "2"));

        Verify.Precondition(response.Status == 200, $"the paged query answered {Describe(response)}.");
        Verify.That(ResourcesOf(response).Count <= 1, "R7644-3.4.2.4-05",
            $"startIndex=3 over 3 matches: expected at most the 3rd match, got {ResourcesOf(response).Count} resources.");
        var startIndex = response.Object.Attr("startIndex");
        Verify.That(startIndex is null || (startIndex.IsInteger() && startIndex.GetValue<long>() == 3), "R7644-3.4.2.4-05",
            $"startIndex=3: expected the response to report startIndex 3, got {startIndex.Show()}.");
    }

    [Test]
    [ScimTest("USR-036", "count=0 returns no resources", Areas.Users, Severity.Low, "R7644-3.4.2.4-03",
        Needs = [Capability.Filter],
        Remediation = "Answer count=0 with totalResults only and no Resources.")]
    public async Task Count_zero_returns_no_resources()
    {
        var user = await CreateUserAsync();

        var response = await QueryAsync(Endpoints.Users, Filters.Eq("userName", UserNameOf(user)), ("count", "0"));

        Verify.Precondition(response.Status == 200, $"the query answered {Describe(response)}.");
        Verify.That(ResourcesOf(response).Count == 0, "R7644-3.4.2.4-03",
            $"count=0: expected no resources, got {ResourcesOf(response).Count}.");
    }

    /// <summary>Creates one user and queries exactly it; the query must succeed for the shape checks to mean anything.</summary>
    private static async Task<ScimResponse> QueryOwnUserAsync()
    {
        var user = await CreateUserAsync();
        var response = await QueryAsync(Endpoints.Users, Filters.Eq("userName", UserNameOf(user)));
        Verify.Precondition(response.Status == 200 && response.Object is not null,
            $"filter userName eq the created user answered {Describe(response)}.");
        return response;
    }

    /// <summary>Three users whose userNames share a stem no other user has, so paging is scoped to them.</summary>
    /// <summary>The three users of <see cref="CreateThreeUsersAsync"/>, by the narrowest construct the target accepts.</summary>
    private static string ThreeUsersFilter(string stem) =>
        RunScopedFilters.Select(Run.Scope, "userName", stem, [.. Enumerable.Range(1, 3).Select(i => $"{stem}{i}")]);

    private static async Task<string> CreateThreeUsersAsync()
    {
        var stem = Run.Data.UserName() + "-page-";
        for (var i = 1; i <= 3; i++)
        {
            var body = Run.Data.User();
            body["userName"] = $"{stem}{i}";
            await CreateUserAsync(body);
        }
        return stem;
    }
}
