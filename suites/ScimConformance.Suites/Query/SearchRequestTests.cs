using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;
using ScimConformance.Core.Scoping;

namespace ScimConformance.Suites.Query;

/// <summary>RFC 7644 §3.4.3: POST .search with a SearchRequest body answers like the equivalent GET query.</summary>
public sealed class SearchRequestTests : QueryFixture
{
    private const string SearchRequest = "urn:ietf:params:scim:api:messages:2.0:SearchRequest";

    [Test]
    [ScimTest("QRY-047", "POST /Users/.search returns what the same GET query returns", Areas.Query, Severity.High, "R7644-3.4.3-01", "R7644-3.4.3-02", "R7644-3.4.3-03",
        Needs = [Capability.Filter],
        Remediation = "Process POST {endpoint}/.search as a query: read filter, count and startIndex from the SearchRequest body and answer a ListResponse.")]
    public async Task Users_search_equals_get()
    {
        var dataset = await DatasetAsync();
        // eq and or only, within the run's scope: the check is about .search answering like GET, not about an operator.
        var filter = dataset.Scoped("title eq \"Engineer\" or emails.type eq \"home\"");
        var count = dataset.Users.Count + 1;
        var get = await QueryAsync(Endpoints.Users, filter, ("count", Number(count)));
        Responses.SetUp(get, $"GET with filter {filter}");
        var post = await SearchAsync(Endpoints.Users + "/.search", new JsonObject { ["filter"] = filter, ["count"] = count });
        if (!Responses.OptionalSubject(post, "R7644-3.4.3-01", $"POST /{Endpoints.Users}/.search with filter {filter}")) return;
        Verify.That(post.Status == 200 && post.Object.Strings("schemas").Contains("urn:ietf:params:scim:api:messages:2.0:ListResponse"), "R7644-3.4.3-02",
            $"POST .search answered {Describe(post)} with schemas {post.Object.At("schemas").Show()}, expected 200 and a ListResponse.");
        // GET's answer is the expectation: .search must select the same users.
        var difference = new SetDifference(IdsOf(get), IdsOf(post));
        Verify.That(difference.Same && Total(post) == Total(get), "R7644-3.4.3-03",
            $"filter {filter}: POST .search ids against GET's {difference.Describe()}; totalResults {Total(post)} against GET's {Total(get)}.", difference.AsExpectation());
    }

    [Test]
    [ScimTest("QRY-048", "POST .search honours attributes and excludedAttributes", Areas.Query, Severity.Medium, "R7644-3.4.3-03", "R7644-3.4.3-04",
        Needs = [Capability.Filter],
        Remediation = "Apply the SearchRequest's attributes and excludedAttributes like the query parameters; always return id.")]
    public async Task Search_projection()
    {
        var dataset = await DatasetAsync();
        var count = dataset.Users.Count + 1;
        var only = await SearchAsync(Endpoints.Users + "/.search",
            new JsonObject { ["filter"] = dataset.Scope, ["count"] = count, ["attributes"] = new JsonArray("userName") });
        if (!Responses.OptionalSubject(only, "R7644-3.4.3-03", $"POST /{Endpoints.Users}/.search with attributes [\"userName\"]")) return;
        var extra = ResourcesOf(only).Where(r => r.Has("emails") || r.Has("title") || r.Has("name") || r.Text("id") is null).Select(r => r.Text("id") ?? "(no id)").ToArray();
        Verify.That(extra.Length == 0 && ResourcesOf(only).Count > 0, "R7644-3.4.3-03",
            $"attributes [\"userName\"] in a SearchRequest: resources {IdsText(extra)} lack id or still carry emails, title or name ({ResourcesOf(only).Count} returned).");

        var without = await SearchAsync(Endpoints.Users + "/.search",
            new JsonObject { ["filter"] = dataset.Scope, ["count"] = count, ["excludedAttributes"] = new JsonArray("emails", "id") });
        if (!Responses.OptionalSubject(without, "R7644-3.4.3-04", $"POST /{Endpoints.Users}/.search with excludedAttributes [\"emails\", \"id\"]")) return;
        var wrong = ResourcesOf(without).Where(r => r.Has("emails") || r.Text("id") is null).Select(r => r.Text("id") ?? "(no id)").ToArray();
        Verify.That(wrong.Length == 0 && ResourcesOf(without).Count > 0, "R7644-3.4.3-04",
            $"excludedAttributes [\"emails\", \"id\"] in a SearchRequest: resources {IdsText(wrong)} still carry emails or lost id.");
    }

    [Test]
    [ScimTest("QRY-049", "POST /Groups/.search returns what the same GET query returns", Areas.Query, Severity.Medium, "R7644-3.4.3-01", "R7644-3.4.3-03",
        Needs = [Capability.Filter, Capability.Groups],
        Remediation = "Serve POST /Groups/.search like GET /Groups with the same filter.")]
    public async Task Groups_search_equals_get()
    {
        var marker = Run.Prefix + "qg-";
        var names = Enumerable.Range(1, 3).Select(i => $"{marker}{i}").ToArray();
        // The groups are selected by the construct the run's scoping probe found: the check is about .search, not an operator.
        var scope = Run.Scope.Select("displayName", marker, names);
        if (scope is null) Assert.Ignore($"Skipped: the check must tell the run's groups apart from the tenant's, and {Run.Scope.Reason}.");
        foreach (var name in names)
            await CreateGroupAsync(new JsonObject { ["schemas"] = new JsonArray(ScimUris.Group), ["displayName"] = name });
        var filter = scope!;
        var get = await QueryAsync(Endpoints.Groups, filter, ("count", "10"));
        Responses.SetUp(get, $"GET /Groups with filter {filter}");
        var post = await SearchAsync(Endpoints.Groups + "/.search", new JsonObject { ["filter"] = filter, ["count"] = 10 });
        if (!Responses.OptionalSubject(post, "R7644-3.4.3-01", $"POST /{Endpoints.Groups}/.search with filter {filter}")) return;
        var getIds = IdsOf(get).ToHashSet(StringComparer.Ordinal);
        var postIds = IdsOf(post);
        Verify.That(post.Status == 200 && postIds.Count == getIds.Count && getIds.SetEquals(postIds), "R7644-3.4.3-03",
            $"filter {filter}: GET /Groups returned {IdsText(getIds)}, POST /Groups/.search answered {Describe(post)} with {IdsText(postIds)}.");
    }

    [Test]
    [ScimTest("QRY-050", "POST /.search at the root spans Users and Groups", Areas.Query, Severity.Low, "R7644-3.4.2.1-01", "R7644-3.4.2.1-04", "R7644-3.4.3-01", "R7644-3.4.2.1-03",
        Needs = [Capability.Filter, Capability.Groups],
        Remediation = "Serve POST {base}/.search over every resource type: an attribute a type lacks has no value, so the filter decides which Users and Groups return.")]
    public async Task Root_search_spans_types()
    {
        var dataset = await DatasetAsync();
        var marker = Run.Prefix + "qr-";
        var group = IdOf(await CreateGroupAsync(new JsonObject { ["schemas"] = new JsonArray(ScimUris.Group), ["displayName"] = marker + "1" }));
        var filter = $"({RunScope.Within(dataset.Scope, "title pr")}) or displayName eq {Literal(marker + "1")}";
        var response = await ListPages.JoinAsync(next =>
        {
            var body = new JsonObject { ["filter"] = filter, ["count"] = dataset.Users.Count + 2 };
            if (next is { } n) body["startIndex"] = n;
            return SearchAsync(".search", body);
        });
        // Root search is optional (RFC 7644 §3.4.2.1): an endpoint that does not serve it is skipped, not failed (docs/verdicts.md).
        if (!Responses.OptionalSubject(response, "R7644-3.4.2.1-01", "POST {base}/.search")) return;
        var expected = dataset.Users.Where(u => u.Text("title") is { Length: > 0 }).Select(IdOf).Append(group).ToHashSet(StringComparer.Ordinal);
        var ids = IdsOf(response);
        Verify.That(response.Status == 200 && ids.Count == expected.Count && expected.SetEquals(ids), "R7644-3.4.2.1-01",
            $"root search with filter {filter}: expected the titled dataset users and group {group} ({IdsText(expected)}), got {Describe(response)} with {IdsText(ids)}.");
    }

    private static Task<ScimResponse> SearchAsync(string path, JsonObject body)
    {
        body["schemas"] = new JsonArray(SearchRequest);
        return Client.SendAsync(new ScimRequest(HttpMethod.Post, path) { Json = body });
    }

    private static long? Total(ScimResponse response) =>
        response.Object.At("totalResults") is JsonValue v && v.TryGetValue<long>(out var total) ? total : null;
}
