using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Filtering;
using ScimConformance.Core.Http;
using ScimConformance.Core.Run;

namespace ScimConformance.Suites.Query;

/// <summary>
/// Base of the Query fixtures: the shared dataset, created once per run on first use, and scoped list queries.
/// </summary>
public abstract class QueryFixture : ScimFixture
{
    // Keyed by run: the runner may host several runs in one process, and each must get (and clean up) its own users.
    private static readonly ConditionalWeakTable<ScimRun, Lazy<Task<QueryDataset>>> Datasets = new();

    /// <summary>The run's query dataset; a failed create makes every Query check "could not decide".</summary>
    protected static Task<QueryDataset> DatasetAsync() =>
        Datasets.GetValue(Run, run => new Lazy<Task<QueryDataset>>(() => BuildAsync(run), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static async Task<QueryDataset> BuildAsync(ScimRun run)
    {
        var withEnterprise = run.Capabilities.Has(Capability.EnterpriseUser, run.Discovery);
        var views = new List<JsonObject>();
        foreach (var body in QueryDatasetBuilder.Bodies(run.Prefix, run.Seed, withEnterprise))
        {
            var created = await CreateUserAsync(body);
            var id = IdOf(created);
            views.Add(await ReadSetUpAsync(Endpoints.User(id), "reading back a query dataset user"));
        }
        return new QueryDataset(QueryDatasetBuilder.MarkerOf(run.Prefix), views, withEnterprise, run.Scope);
    }

    /// <summary>One page of a filtered /Users query.</summary>
    protected static Task<ScimResponse> QueryUsersAsync(string filter, int count, int startIndex = 1) =>
        QueryAsync(Endpoints.Users, filter,
            ("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("startIndex", startIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// The dataset users a filter selects, as the endpoint answers it. The filter is sent as it is (the check's own
    /// construct, no scoping wrapper) and the answer is narrowed to the dataset's ids, keeping the server's order. When
    /// the tenant's matches do not fit one page, the filter is sent within the run's scope instead (<see cref="QueryDataset.Scoped"/>),
    /// so that a filter check never rests on paging through other people's data; where no construct narrows, the pages
    /// are read, up to <see cref="AsIsLimit"/> resources. The result is the first page's answer (its
    /// <see cref="ScimResponse.RequestUri"/> is the exact request sent) with the narrowed resources of every page read;
    /// a page that is not 200 is returned as it is.
    /// </summary>
    protected static async Task<ScimResponse> FindUsersAsync(QueryDataset dataset, string filter, params (string Name, string Value)[] extra)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var count = Math.Max(dataset.Users.Count + 1, PageSize);
        var asIs = await ReadPagesAsync(filter, count, extra, onePage: dataset.CanScope);
        var pages = asIs.Overflowed && dataset.CanScope ? await ReadPagesAsync(dataset.Scoped(filter), count, extra, onePage: false) : asIs;
        if (pages.Overflowed) _ = dataset.Scope; // no construct narrows and the tenant is too large to read: skips with the probe's reason
        return Narrowed(dataset, pages);
    }

    /// <summary>
    /// Every dataset user, listed through the run's scope (<see cref="QueryDataset.Scope"/>) page after page with the extra
    /// parameters (sortBy, sortOrder...), narrowed to the dataset in the server's order: for checks about what a list does
    /// with the run's data, not about a filter, so they impose no operator beyond the one the scoping probe found.
    /// </summary>
    protected static async Task<ScimResponse> ListDatasetAsync(QueryDataset dataset, params (string Name, string Value)[] extra)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Narrowed(dataset, await ReadPagesAsync(dataset.Scope, Math.Max(dataset.Users.Count + 1, PageSize), extra, onePage: false));
    }

    /// <summary>The first page's answer with the dataset users of every page read; a page that is not 200 as it is.</summary>
    private static ScimResponse Narrowed(QueryDataset dataset, Pages pages)
    {
        Verify.Precondition(!pages.Overflowed,
            $"GET {pages.First.RequestUri} matched more than {AsIsLimit} users, so the dataset's answer could not be read apart from the tenant's.");
        if (pages.First.Status != 200 || pages.First.Object is null) return pages.First;
        var body = (JsonObject)pages.First.Object.DeepClone();
        body["Resources"] = new JsonArray([.. dataset.Narrow(pages.Resources).Select(r => r.DeepClone())]);
        return new ScimResponse(pages.First.Status, pages.First.Headers, body.ToJsonString(), pages.First.RequestUri, pages.First.Elapsed);
    }

    private const int PageSize = 100;

    /// <summary>Resources beyond which a filter sent as it is would read too much of a large tenant.</summary>
    private const int AsIsLimit = 1000;

    /// <summary>
    /// The pages of one filtered /Users query: only the first when <paramref name="onePage"/> (overflowed when it does not
    /// hold every match), else every page up to <see cref="AsIsLimit"/> resources.
    /// </summary>
    private static async Task<Pages> ReadPagesAsync(string filter, int count, (string Name, string Value)[] extra, bool onePage)
    {
        var first = await QueryAsync(Endpoints.Users, filter, [("count", Number(count)), .. extra]);
        var resources = new List<JsonObject>(ResourcesOf(first));
        if (first.Status != 200) return new Pages(first, resources, false);
        var total = Total(first);
        // A provider may return fewer than count (RFC 7644 §3.4.2.4): a short page ends the list only without totalResults.
        bool More(int last) => last > 0 && (total is { } known ? resources.Count < known : last >= count);
        if (onePage) return new Pages(first, resources, More(resources.Count));
        if (total > AsIsLimit) return new Pages(first, resources, true);
        var last = resources.Count;
        while (More(last))
        {
            if (resources.Count >= AsIsLimit) return new Pages(first, resources, true);
            var next = await QueryAsync(Endpoints.Users, filter, [("count", Number(count)), ("startIndex", Number(resources.Count + 1)), .. extra]);
            if (next.Status != 200) return new Pages(next, resources, false);
            var page = ResourcesOf(next);
            resources.AddRange(page);
            last = page.Count;
        }
        return new Pages(first, resources, false);
    }

    private sealed record Pages(ScimResponse First, List<JsonObject> Resources, bool Overflowed);

    private static int? Total(ScimResponse response) =>
        response.Object?["totalResults"] is JsonValue v && v.TryGetValue<int>(out var t) ? t : null;

    /// <summary>
    /// Sends each filter (scoped to the dataset) and requires exactly the users the oracle selects; an error answer
    /// to a valid filter is the check's deviation as well (docs/verdicts.md), since the filter is well-formed and names
    /// attributes the endpoint advertises. Either RFC reading of ne on a multi-valued attribute passes (docs/interpretations.md).
    /// </summary>
    protected static async Task ExpectSelectsAsync(string requirementId, params string[] filters)
    {
        var dataset = await DatasetAsync();
        foreach (var filter in filters)
        {
            var response = await FindUsersAsync(dataset, filter);
            if (!Responses.Subject(response, requirementId, $"the valid filter {filter} (GET {response.RequestUri}) {response.Object.At("detail").Show()}")) return;
            var ids = IdsOf(response);
            var verdict = OracleQueries.Judge(dataset, Run.Discovery, Run.RunId, FilterParser.Parse(filter), ids);
            var difference = new SetDifference(verdict.Expected, ids);
            Verify.That(verdict.Agrees, requirementId,
                $"filter {filter} selected other users than expected{verdict.Reading}: {difference.Describe()}. Request: GET {response.RequestUri}", difference.AsExpectation());
        }
    }

    /// <summary>The value as a filter string literal.</summary>
    protected static string Literal(string value) => Filters.Quote(value);

    protected static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected static IReadOnlyList<string> IdsOf(ScimResponse response) =>
        ResourcesOf(response).Select(r => r.Text("id") ?? "(no id)").ToArray();

    protected static string IdsText(IEnumerable<string> ids) => "[" + string.Join(", ", ids.Order(StringComparer.Ordinal)) + "]";

    protected static string CoreSchema => ScimUris.User;
}
