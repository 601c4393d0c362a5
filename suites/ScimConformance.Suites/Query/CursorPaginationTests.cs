using System.Globalization;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Query;

/// <summary>
/// RFC 9865: cursor-based pagination, when /ServiceProviderConfig advertises it (pagination.cursor true). Each walk pages
/// through the run's own query dataset, selected by the run's scope filter, so no other data is read; rows R9865-* come
/// from the project's supplement catalogue (docs/supplement-catalogue.md).
/// </summary>
public sealed class CursorPaginationTests : QueryFixture
{
    /// <summary>Small enough that the 36 dataset users take several pages.</summary>
    private const int PageSize = 10;

    [Test]
    [ScimTest("CUR-001", "Cursor pages carry nextCursor until every match was served", Areas.Query, Severity.High, "R9865-2-01",
        Needs = [Capability.Filter],
        Remediation = "Return nextCursor on every cursor-paged answer that is not the last page, and omit it only when no results remain; accept the nextCursor values you hand out.")]
    public async Task Next_cursor_continues_until_the_last_match()
    {
        var (dataset, walk) = await WalkAsync("R9865-2-01");
        var expected = dataset.Users.Select(IdOf).ToHashSet(StringComparer.Ordinal);
        var unserved = expected.Except(walk.Served, StringComparer.Ordinal).ToArray();
        Verify.Must(!walk.Ended || unserved.Length == 0, "R9865-2-01",
            string.Create(CultureInfo.InvariantCulture,
                $"{walk.Describe(walk.Pages.Count - 1)} carries no nextCursor, so it claims to be the last page, but {unserved.Length} of the {expected.Count} matching users were never served: {IdsText(unserved.Take(5))}."));
    }

    [Test]
    [ScimTest("CUR-002", "A cursor page holds no more resources than count", Areas.Query, Severity.Medium, "R9865-2-02",
        Needs = [Capability.Filter],
        Remediation = "Treat count as the upper bound of each cursor page (capped at maxPageSize); never return more resources than the client asked for.")]
    public async Task Cursor_pages_respect_count()
    {
        var (_, walk) = await WalkAsync("R9865-2-02");
        for (var i = 0; i < walk.Pages.Count; i++)
        {
            var size = ResourcesOf(walk.Pages[i]).Count;
            Verify.Must(size <= PageSize, "R9865-2-02",
                string.Create(CultureInfo.InvariantCulture, $"{walk.Describe(i)} holds {size} resources for count={PageSize}."));
        }
    }

    [Test]
    [ScimTest("CUR-003", "Following nextCursor serves each match once and ends", Areas.Query, Severity.High, "R9865-2-03",
        Needs = [Capability.Filter],
        Remediation = "Encode in nextCursor the position after the last resource served (e.g. a keyset on a stable sort key), so each page continues where the previous ended and the walk reaches a last page.")]
    public async Task Cursor_walk_has_no_repeats_and_ends()
    {
        var (dataset, walk) = await WalkAsync("R9865-2-03");
        var repeated = walk.Served.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Verify.Must(repeated.Length == 0, "R9865-2-03",
            string.Create(CultureInfo.InvariantCulture,
                $"walking {dataset.Users.Count} matching users by cursor with count={PageSize}, {repeated.Length} were served more than once over {walk.Pages.Count} pages: {IdsText(repeated.Take(5))}."));
        Verify.Must(!walk.Stalled, "R9865-2-03",
            string.Create(CultureInfo.InvariantCulture,
                $"{walk.Describe(walk.Pages.Count - 1)} served no user the walk had not seen, yet hands out a nextCursor: following nextCursor does not advance, so the walk never ends ({walk.Pages.Count} pages read for {dataset.Users.Count} matching users)."));
    }

    [Test]
    [ScimTest("CUR-004", "A cursor the server never issued is refused with 400 invalidCursor", Areas.Query, Severity.Medium, "R9865-2.1-01", "R9865-2.1-02",
        Needs = [Capability.Filter],
        Remediation = "Reject a cursor you cannot decode or did not issue (sign or look up your cursors) with 400 and scimType invalidCursor; never answer it as if it named a page.")]
    public async Task Unknown_cursor_is_refused()
    {
        var dataset = await CursorDatasetAsync();
        var cursor = "scimconf-not-a-cursor-" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var response = await QueryAsync(Endpoints.Users, dataset.Scope, ("count", Number(PageSize)), ("cursor", cursor));
        Verify.Must(response.Status == 400, "R9865-2.1-01",
            $"GET {response.RequestUri.PathAndQuery} with a cursor this server never issued answered {Describe(response)}"
            + (response.IsSuccess ? $", serving {ResourcesOf(response).Count} resources as if it named a page." : " instead of 400."));
        var scimType = response.Object.Text("scimType");
        Verify.That(scimType == "invalidCursor", "R9865-2.1-02",
            $"the 400 for a cursor this server never issued names scimType '{scimType ?? "(none)"}' instead of invalidCursor.");
    }

    /// <summary>The dataset, after skipping unless the endpoint advertises cursor pagination.</summary>
    private static Task<QueryDataset> CursorDatasetAsync()
    {
        var advertised = Run.Discovery.RawServiceProviderConfig?["pagination"]?["cursor"] is System.Text.Json.Nodes.JsonValue v
            && v.TryGetValue<bool>(out var cursor) && cursor;
        if (!advertised)
            Assert.Ignore("Skipped: /ServiceProviderConfig does not advertise cursor pagination (pagination.cursor is not true, RFC 9865 §3), so there are no cursors to check.");
        return DatasetAsync();
    }

    private static async Task<(QueryDataset Dataset, CursorWalk Walk)> WalkAsync(string requirementId)
    {
        var dataset = await CursorDatasetAsync();
        var pages = new List<ScimResponse>();
        var served = new List<string>();
        var cursors = new HashSet<string>(StringComparer.Ordinal);
        var response = await QueryAsync(Endpoints.Users, dataset.Scope, ("count", Number(PageSize)), ("cursor", ""));
        while (true)
        {
            // Every page is the request the check is about: a refused or broken one ends the check by the outcome policy,
            // so a walk never passes on pages it could not read.
            Responses.Subject(response, requirementId, pages.Count == 0
                ? $"the endpoint advertises cursor pagination, but the first page (GET {response.RequestUri.PathAndQuery}, an empty cursor)"
                : $"page {pages.Count + 1} (GET {response.RequestUri.PathAndQuery}), asked with the nextCursor of the page before,");
            pages.Add(response);
            var page = dataset.Narrow(ResourcesOf(response)).Select(IdOf).ToArray();
            var fresh = page.Except(served, StringComparer.Ordinal).Any();
            served.AddRange(page);
            if (CursorWalk.NextCursorOf(response) is not { } next) break;
            // Progress is a user not seen before; an empty page only counts when its cursor is new. A bound on pages stops the rest.
            var advanced = fresh || (page.Length == 0 && cursors.Add(next));
            if (!advanced || pages.Count > dataset.Users.Count + 2) break;
            response = await QueryAsync(Endpoints.Users, dataset.Scope, ("count", Number(PageSize)), ("cursor", next));
        }
        return (dataset, new CursorWalk(pages, served));
    }
}
