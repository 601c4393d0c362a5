using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Query;

/// <summary>
/// RFC 7644 §3.4.2.3: sortBy and sortOrder, on the dataset. Only the order of distinct keys is judged: resources
/// with equal keys may come in any order, and the result set itself is the filter checks' business.
/// </summary>
public sealed class SortTests : QueryFixture
{
    [Test]
    [ScimTest("QRY-051", "sortBy alone sorts ascending, honouring caseExact", Areas.Query, Severity.Medium, "R7644-3.4.2.3-01", "R7644-3.4.2.3-03", "R7644-3.4.2.3-04",
        Needs = [Capability.Filter, Capability.Sort],
        Remediation = "Sort by the sortBy attribute, ascending when sortOrder is absent; compare caseExact=false strings without regard to case.")]
    public async Task Sort_by_user_name_ascending()
    {
        var dataset = await DatasetAsync();
        var response = await ListDatasetAsync(dataset, ("sortBy", "userName"));
        ExpectOrdered(response, "userName", descending: false, "R7644-3.4.2.3-01");
    }

    [Test]
    [ScimTest("QRY-052", "sortOrder=descending reverses the order", Areas.Query, Severity.Medium, "R7644-3.4.2.3-01",
        Needs = [Capability.Filter, Capability.Sort],
        Remediation = "Honour sortOrder=descending.")]
    public async Task Sort_descending()
    {
        var dataset = await DatasetAsync();
        var response = await ListDatasetAsync(dataset, ("sortBy", "userName"), ("sortOrder", "descending"));
        ExpectOrdered(response, "userName", descending: true, "R7644-3.4.2.3-01");
    }

    [Test]
    [ScimTest("QRY-053", "Resources without the sortBy value come last when ascending", Areas.Query, Severity.Medium, "R7644-3.4.2.3-02",
        Needs = [Capability.Filter, Capability.Sort],
        Remediation = "Place resources that lack the sortBy attribute after all others in an ascending sort.")]
    public async Task Missing_values_sort_last()
    {
        var dataset = await DatasetAsync();
        Verify.Precondition(dataset.Users.Any(u => u.Text("title") is null) && dataset.Users.Any(u => u.Text("title") is not null),
            "the dataset does not mix users with and without a title.");
        var response = await ListDatasetAsync(dataset, ("sortBy", "title"), ("sortOrder", "ascending"));
        ExpectOrdered(response, "title", descending: false, "R7644-3.4.2.3-02");
    }

    [Test]
    [ScimTest("QRY-054", "Sorting on a multi-valued attribute uses the primary, else the first, value", Areas.Query, Severity.Low, "R7644-3.4.2.3-02",
        Needs = [Capability.Filter, Capability.Sort],
        Remediation = "Sort by the primary value of a multi-valued attribute, or by its first value when none is primary.")]
    public async Task Sort_on_multi_valued()
    {
        var dataset = await DatasetAsync();
        var response = await ListDatasetAsync(dataset, ("sortBy", "emails.value"));
        ExpectOrdered(response, "emails.value", descending: false, "R7644-3.4.2.3-02");
    }

    [Test]
    [ScimTest("QRY-055", "Sorted pages continue one another without repeats or gaps", Areas.Query, Severity.Medium, "R7644-3.4.2.3-01", "R7644-3.4.2.4-05",
        Needs = [Capability.Filter, Capability.Sort],
        Remediation = "Sort the whole result before cutting it into pages, so that page 2 continues page 1.")]
    public async Task Sorted_pages()
    {
        var dataset = await DatasetAsync();
        const int pageSize = 7;
        var all = new List<JsonObject>();
        // Each next page starts after what the previous one returned: a server may return fewer than count (RFC 7644 §3.4.2.4).
        for (var start = 1; start <= dataset.Users.Count && all.Count <= dataset.Users.Count;)
        {
            var page = await QueryAsync(Endpoints.Users, dataset.Scope, ("sortBy", "userName"), ("count", Number(pageSize)), ("startIndex", Number(start)));
            Verify.Precondition(page.Status == 200, $"sorted page at startIndex {start} answered {Describe(page)}.");
            var resources = ResourcesOf(page);
            if (resources.Count == 0) break;
            all.AddRange(resources);
            start += resources.Count;
        }

        var ids = all.Select(r => r.Text("id") ?? "(no id)").ToArray();
        var expected = dataset.Users.Select(IdOf).ToArray();
        var repeated = ids.GroupBy(i => i, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        var missing = expected.Except(ids, StringComparer.Ordinal).ToArray();
        var foreign = ids.Except(expected, StringComparer.Ordinal).ToArray();
        Verify.That(repeated.Length == 0 && missing.Length == 0 && foreign.Length == 0, "R7644-3.4.2.4-05",
            $"sorted pages of {pageSize}: repeated {IdsText(repeated)}, skipped {IdsText(missing)}, outside the filter {IdsText(foreign)}.");
        var problem = OrderProblem(all, "userName", descending: false);
        Verify.That(problem is null, "R7644-3.4.2.3-01", $"sortBy=userName across pages of {pageSize}: {problem}");
    }

    private static void ExpectOrdered(ScimResponse response, string path, bool descending, string requirementId)
    {
        Verify.That(response.Status == 200, requirementId, $"sortBy={path} answered {Describe(response)} although sort.supported is true.");
        var problem = OrderProblem(ResourcesOf(response), path, descending);
        Verify.That(problem is null, requirementId, $"sortBy={path}{(descending ? "&sortOrder=descending" : "")}: {problem}");
    }

    /// <summary>The first pair of neighbours out of order, or null; missing values belong at the end of an ascending sort.</summary>
    private static string? OrderProblem(IReadOnlyList<JsonObject> resources, string path, bool descending)
    {
        var comparer = KeyComparer(path);
        var keys = resources.Select(r => (Id: r.Text("id") ?? "(no id)", Key: SortKey(r, path))).ToArray();
        for (var i = 1; i < keys.Length; i++)
        {
            var (a, b) = (keys[i - 1], keys[i]);
            int order;
            if (a.Key is null || b.Key is null)
            {
                // Ascending: present before missing. Descending: the RFC's "reverse" puts missing first, which is not judged here.
                if (descending) continue;
                order = a.Key is null && b.Key is not null ? 1 : 0;
            }
            else
            {
                order = comparer.Compare(a.Key, b.Key) * (descending ? -1 : 1);
            }

            if (order > 0)
                return string.Create(CultureInfo.InvariantCulture,
                    $"{a.Id} ({Shown(a.Key)}) comes before {b.Id} ({Shown(b.Key)}) at positions {i} and {i + 1}, which is {(descending ? "ascending" : "descending")}.");
        }

        return null;
    }

    private static string Shown(string? key) => key is null ? "no value" : $"\"{key}\"";

    // The sort key as RFC 7644 §3.4.2.3 defines it: the value, or for a multi-valued attribute the primary value, else the first.
    private static string? SortKey(JsonObject resource, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        if (dot < 0 || resource.At(path[..dot]) is not JsonArray values) return resource.Text(path);
        var chosen = values.OfType<JsonObject>().FirstOrDefault(v => v.At("primary") is JsonValue p && p.GetValueKind() == JsonValueKind.True)
            ?? values.OfType<JsonObject>().FirstOrDefault();
        return chosen.Text(path[(dot + 1)..]);
    }

    // caseExact comes from /Schemas; a caseExact=false string compares case-insensitively (lower-case folding).
    private static StringComparer KeyComparer(string path) =>
        Run.Discovery.Attribute(ScimUris.User, path)?.CaseExact == true ? StringComparer.Ordinal : FoldedComparer.Instance;

    private sealed class FoldedComparer : StringComparer
    {
        public static readonly FoldedComparer Instance = new();

        public override int Compare(string? x, string? y) => string.CompareOrdinal(x?.ToLowerInvariant(), y?.ToLowerInvariant());

        public override bool Equals(string? x, string? y) => Compare(x, y) == 0;

        public override int GetHashCode(string obj) => obj.ToLowerInvariant().GetHashCode(StringComparison.Ordinal);
    }
}
