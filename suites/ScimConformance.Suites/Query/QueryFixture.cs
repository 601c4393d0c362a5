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
    /// A filtered /Users query scoped to the dataset, asking for one more than the dataset holds, without startIndex;
    /// extra parameters (sortBy, attributes...) are appended; short pages are joined (<see cref="ListPages"/>).
    /// </summary>
    protected static Task<ScimResponse> FindUsersAsync(QueryDataset dataset, string filter, params (string Name, string Value)[] extra)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var count = ("count", Number(dataset.Users.Count + 1));
        return ListPages.JoinAsync(startIndex => startIndex is { } next
            ? QueryAsync(Endpoints.Users, dataset.Scoped(filter), [count, ("startIndex", Number(next)), .. extra])
            : QueryAsync(Endpoints.Users, dataset.Scoped(filter), [count, .. extra]));
    }

    /// <summary>
    /// Sends each filter (scoped to the dataset) and requires exactly the users the oracle selects; an error answer
    /// to a valid filter fails as well, since the filter is well-formed and names attributes the endpoint advertises.
    /// </summary>
    protected static async Task ExpectSelectsAsync(string requirementId, params string[] filters)
    {
        var dataset = await DatasetAsync();
        var oracle = new FilterEvaluator(Run.Discovery);
        foreach (var filter in filters)
        {
            var expected = OracleQueries.Select(dataset, oracle, filter);
            var response = await FindUsersAsync(dataset, filter);
            Verify.That(response.Status == 200, requirementId,
                $"the valid filter {filter} answered {Describe(response)} {response.Object.At("detail").Show()}, expected 200 with ids {IdsText(expected)}.");
            var ids = IdsOf(response);
            Verify.That(ids.Count == expected.Count && expected.SetEquals(ids), requirementId,
                $"filter {filter}: expected ids {IdsText(expected)}, got {IdsText(ids)}.");
        }
    }

    /// <summary>The value as a filter string literal.</summary>
    protected static string Literal(string value) => Filters.Quote(value);

    protected static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first dataset value at a path that satisfies the predicate; its absence means the dataset cannot decide.</summary>
    protected static string ValueOf(QueryDataset dataset, string path, Func<string, bool>? predicate = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var value = dataset.Users.SelectMany(u => FilterGenerator.ValuesAt(u, path)).FirstOrDefault(v => predicate?.Invoke(v) ?? true);
        Verify.Precondition(value is not null, $"no dataset user holds a suitable {path} value.");
        return value!;
    }
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
