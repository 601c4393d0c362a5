using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ScimConformance.Core;
using ScimConformance.Core.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Core.Run;
using ScimConformance.Suites.Support;

namespace ScimConformance.Suites.Query;

/// <summary>
/// Base of the Query fixtures: the shared dataset, created once per run on first use, and scoped list queries.
/// </summary>
public abstract class QueryFixture : SuiteFixture
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
            var read = await Client.GetAsync(Endpoints.User(id));
            Verify.Precondition(read.Status == 200 && read.Object is not null,
                $"reading back query dataset user {id} answered {Describe(read)}.");
            views.Add(read.Object!);
        }
        return new QueryDataset(QueryDatasetBuilder.MarkerOf(run.Prefix), views, withEnterprise);
    }

    /// <summary>One page of a filtered /Users query.</summary>
    protected static Task<ScimResponse> QueryUsersAsync(string filter, int count, int startIndex = 1) =>
        QueryAsync(Endpoints.Users, filter,
            ("count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("startIndex", startIndex.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// Every match of a filtered /Users query, page after page: a provider may return fewer results than count
    /// asks (RFC 7644 §3.4.2.4), so a short page is the whole answer only when totalResults says so (or is absent).
    /// <see cref="AllPages.Response"/> is the first answer that was not 200, or the last page.
    /// </summary>
    protected static async Task<AllPages> QueryAllUsersAsync(string filter, int count)
    {
        var ids = new List<string>();
        var startIndex = 1;
        for (var page = 0; ; page++)
        {
            var response = await QueryUsersAsync(filter, count, startIndex);
            if (response.Status != 200) return new AllPages(response, ids);
            var pageIds = IdsOf(response);
            ids.AddRange(pageIds);
            var total = response.Object?["totalResults"] is JsonValue v && v.TryGetValue<int>(out var t) ? t : (int?)null;
            var done = pageIds.Count == 0 || (total is { } known ? ids.Count >= known : pageIds.Count < count);
            if (done || page >= MaxPages) return new AllPages(response, ids);
            startIndex += pageIds.Count;
        }
    }

    private const int MaxPages = 100;

    /// <summary>The ids gathered over all pages of one query, and the answer that ended the walk.</summary>
    protected sealed record AllPages(ScimResponse Response, IReadOnlyList<string> Ids);

    protected static IReadOnlyList<string> IdsOf(ScimResponse response) =>
        ResourcesOf(response).Select(r => r.Text("id") ?? "(no id)").ToArray();

    protected static string IdsText(IEnumerable<string> ids) => "[" + string.Join(", ", ids.Order(StringComparer.Ordinal)) + "]";

    protected static string CoreSchema => ScimUris.User;
}
