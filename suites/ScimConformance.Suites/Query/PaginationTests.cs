using System.Globalization;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Query;

/// <summary>
/// RFC 7644 §3.4.2.4 edge cases on the dataset: startIndex below 1, count of 0, negative and above maxResults,
/// totalResults across pages, a start past the end. A page holding fewer resources than count is always allowed.
/// </summary>
public sealed class PaginationTests : QueryFixture
{
    [Test]
    [ScimTest("QRY-056", "A startIndex below 1 is read as 1", Areas.Query, Severity.Medium, "R7644-3.4.2.4-01", "R7644-3.4.2.4-05",
        Needs = [Capability.Filter],
        Remediation = "Treat startIndex=0 or a negative startIndex as 1 instead of refusing it or skipping results.")]
    public async Task Start_index_below_one()
    {
        var dataset = await DatasetAsync();
        foreach (var startIndex in new[] { "0", "-3" })
        {
            var response = await ListPages.JoinAsync(next =>
                QueryAsync(Endpoints.Users, dataset.Scope, ("count", Number(dataset.Users.Count + 1)), ("startIndex", next is { } n ? Number(n) : startIndex)));
            Verify.That(response.Status == 200, "R7644-3.4.2.4-01", $"startIndex={startIndex} answered {Describe(response)}, expected it to be read as 1.");
            var ids = IdsOf(response);
            var missing = dataset.Users.Select(IdOf).Except(ids, StringComparer.Ordinal).ToArray();
            Verify.That(missing.Length == 0, "R7644-3.4.2.4-01",
                $"startIndex={startIndex} with count above the {dataset.Users.Count} matches left out {IdsText(missing)}, as if the first results were skipped.");
            var echoed = response.Object.At("startIndex");
            Verify.That(echoed is null || (echoed.IsInteger() && echoed.GetValue<long>() == 1), "R7644-3.4.2.4-05",
                $"startIndex={startIndex}: the response states startIndex {echoed.Show()}, expected 1 (the 1-based position of the first result).");
        }
    }

    [Test]
    [ScimTest("QRY-057", "count=0 returns totalResults and no resources", Areas.Query, Severity.Medium, "R7644-3.4.2.4-03", "R7644-3.4.2-03",
        Needs = [Capability.Filter],
        Remediation = "With count=0 return only totalResults: no resources, but the full number of matches.")]
    public async Task Count_zero()
    {
        var dataset = await DatasetAsync();
        var response = await QueryAsync(Endpoints.Users, dataset.Scope, ("count", "0"));
        Verify.Precondition(response.Status == 200, $"count=0 answered {Describe(response)}.");
        Verify.That(ResourcesOf(response).Count == 0, "R7644-3.4.2.4-03", $"count=0 returned {ResourcesOf(response).Count} resources.");
        Verify.That(Total(response) == dataset.Users.Count, "R7644-3.4.2-03",
            $"count=0: totalResults is {response.Object.At("totalResults").Show()}, expected the {dataset.Users.Count} matches.");
    }

    [Test]
    [ScimTest("QRY-058", "A negative count is read as 0", Areas.Query, Severity.Low, "R7644-3.4.2.4-02",
        Needs = [Capability.Filter],
        Remediation = "Interpret a negative count as 0: answer 200 with totalResults and no resources.")]
    public async Task Negative_count()
    {
        var dataset = await DatasetAsync();
        var response = await QueryAsync(Endpoints.Users, dataset.Scope, ("count", "-2"));
        Verify.That(response.Status == 200 && ResourcesOf(response).Count == 0, "R7644-3.4.2.4-02",
            $"count=-2 answered {Describe(response)} with {ResourcesOf(response).Count} resources, expected 200 with none.");
    }

    [Test]
    [ScimTest("QRY-059", "A count above maxResults is served, capped to maxResults", Areas.Query, Severity.Medium, "R7644-3.4.2.4-04", "R7644-3.4.2.4-06", "R7643-5-09",
        Needs = [Capability.Filter],
        Remediation = "Answer a count above the advertised maxResults with at most maxResults resources, not with an error.")]
    public async Task Count_above_max_results()
    {
        var max = Run.Capabilities.FilterMaxResults;
        if (max <= 0) Assert.Ignore("Skipped: ServiceProviderConfig advertises no filter.maxResults.");
        var dataset = await DatasetAsync();
        var count = max + 1;
        var response = await QueryAsync(Endpoints.Users, dataset.Scope, ("count", Number(count)));
        if (!Responses.Subject(response, "R7644-3.4.2.4-04", $"GET {response.RequestUri.PathAndQuery} (count {count} above maxResults {max})")) return;
        var returned = ResourcesOf(response).Count;
        Verify.That(returned <= max, "R7644-3.4.2.4-04", string.Create(CultureInfo.InvariantCulture,
            $"count={count} (maxResults {max}) answered {Describe(response)} with {returned} resources, expected at most {max}."));
        // The cap only shows when the scope holds more than maxResults users; the run does not create hundreds to see it.
        if (dataset.Users.Count <= max)
            Assert.Pass(string.Create(CultureInfo.InvariantCulture,
                $"count={count} was served; whether it is capped cannot be seen here: the run's scope holds {dataset.Users.Count} users, no more than maxResults {max}."));
    }

    [Test]
    [ScimTest("QRY-060", "totalResults and itemsPerPage stay consistent across pages", Areas.Query, Severity.Medium, "R7644-3.4.2.4-05", "R7644-3.4.2-03",
        Needs = [Capability.Filter],
        Remediation = "Report the same totalResults (the number of matches) on every page, and itemsPerPage as the number of resources on the page.")]
    public async Task Totals_across_pages()
    {
        var dataset = await DatasetAsync();
        const int pageSize = 10;
        for (var start = 1; start <= dataset.Users.Count;)
        {
            var page = await QueryAsync(Endpoints.Users, dataset.Scope, ("count", Number(pageSize)), ("startIndex", Number(start)));
            Verify.Precondition(page.Status == 200, $"page at startIndex {start} answered {Describe(page)}.");
            var returned = ResourcesOf(page).Count;
            Verify.That(Total(page) == dataset.Users.Count, "R7644-3.4.2-03", string.Create(CultureInfo.InvariantCulture,
                $"page at startIndex {start}: totalResults {page.Object.At("totalResults").Show()}, expected {dataset.Users.Count} on every page."));
            var items = page.Object.At("itemsPerPage");
            Verify.That(items is null || (items.IsInteger() && items.GetValue<long>() == returned), "R7644-3.4.2.4-05", string.Create(CultureInfo.InvariantCulture,
                $"page at startIndex {start}: itemsPerPage {items.Show()} but {returned} resources returned."));
            if (returned == 0) break;
            start += returned;
        }
    }

    [Test]
    [ScimTest("QRY-061", "A startIndex past the last match returns an empty page", Areas.Query, Severity.Low, "R7644-3.4.2.4-05", "R7644-3.4.2-03",
        Needs = [Capability.Filter],
        Remediation = "Answer a startIndex beyond totalResults with 200, totalResults and no resources.")]
    public async Task Start_past_the_end()
    {
        var dataset = await DatasetAsync();
        var response = await QueryAsync(Endpoints.Users, dataset.Scope, ("count", "5"), ("startIndex", Number(dataset.Users.Count + 5)));
        Verify.That(response.Status == 200 && ResourcesOf(response).Count == 0, "R7644-3.4.2.4-05",
            $"startIndex {dataset.Users.Count + 5} of {dataset.Users.Count} matches answered {Describe(response)} with {ResourcesOf(response).Count} resources, expected 200 and none.");
        Verify.That(Total(response) == dataset.Users.Count, "R7644-3.4.2-03",
            $"startIndex past the end: totalResults {response.Object.At("totalResults").Show()}, expected {dataset.Users.Count}.");
    }

    private static long? Total(ScimResponse response) =>
        response.Object.At("totalResults") is JsonValue v && v.TryGetValue<long>(out var total) ? total : null;
}
