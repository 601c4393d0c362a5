using System.Globalization;
using System.Text.Json.Nodes;
using ScimConformance.Core.Http;

namespace ScimConformance.Core.Scoping;

/// <summary>
/// Finds, once at the start of a run, the narrowest filter construct the target accepts for narrowing a /Users query
/// to the run's own data: <c>userName sw "&lt;prefix&gt;"</c>, else <c>userName eq</c> joined by <c>or</c>, else none.
/// Nothing carries the prefix yet, so a construct works when the target answers 200 with a list holding no resource
/// outside the prefix; a 200 that lists foreign users means the filter was not applied, which is no narrowing either.
/// </summary>
public static class ScopeProbe
{
    public static async Task<RunScope> ProbeAsync(ScimClient client, string prefix, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var refused = new List<ScopeFinding>();

        var startsWith = $"userName sw {FilterLiteral.Quote(prefix)}";
        var finding = await TryAsync(client, "userName sw", startsWith, prefix, ct).ConfigureAwait(false);
        if (finding is null)
            return new RunScope(ScopeConstruct.StartsWith, refused, $"the target accepts {startsWith}");
        refused.Add(finding);

        var equalsAny = $"userName eq {FilterLiteral.Quote(prefix + "scope-a")} or userName eq {FilterLiteral.Quote(prefix + "scope-b")}";
        finding = await TryAsync(client, "userName eq ... or userName eq ...", equalsAny, prefix, ct).ConfigureAwait(false);
        if (finding is null)
            return new RunScope(ScopeConstruct.EqualsAny, refused, "userName sw was refused; queries name each of the run's resources with eq joined by or");
        refused.Add(finding);

        return new RunScope(ScopeConstruct.None, refused,
            "neither userName sw nor userName eq joined by or narrows a query on this target; checks that must count the run's own data skip");
    }

    /// <summary>Null when the construct narrows; else what the target answered.</summary>
    private static async Task<ScopeFinding?> TryAsync(ScimClient client, string construct, string filter, string prefix, CancellationToken ct)
    {
        ScimResponse response;
        try
        {
            response = await client.SendAsync(new ScimRequest(HttpMethod.Get, "Users")
            {
                Query = [new("filter", filter), new("count", "10")],
            }, ct).ConfigureAwait(false);
        }
        catch (ScimTransportException e)
        {
            // No answer is no narrowing: the run goes on, and the checks that query meet the same failure as their own error.
            return new ScopeFinding(construct, $"GET Users?filter={filter}&count=10", null, "no answer: " + e.Message);
        }
        var request = $"GET {response.RequestUri}";
        if (response.Status != 200)
            return new ScopeFinding(construct, request, response.Status, Answer(response));
        if (response.Object?["Resources"] is not (JsonArray or null) || response.Object is null)
            return new ScopeFinding(construct, request, response.Status, "200 without a ListResponse body");
        var foreign = (response.Object["Resources"] as JsonArray)?.OfType<JsonObject>()
            .Count(r => r["userName"] is not JsonValue v || !v.TryGetValue<string>(out var name) || !name.StartsWith(prefix, StringComparison.Ordinal)) ?? 0;
        return foreign == 0
            ? null
            : new ScopeFinding(construct, request, response.Status,
                string.Create(CultureInfo.InvariantCulture, $"200 listing {foreign} user(s) outside the prefix: the filter was not applied"));
    }

    private static string Answer(ScimResponse response)
    {
        var detail = response.Object?["detail"] is JsonValue d && d.TryGetValue<string>(out var text) ? text : null;
        var scimType = response.Object?["scimType"] is JsonValue s && s.TryGetValue<string>(out var type) ? type : null;
        return string.Join(" ", new[] { $"HTTP {response.Status}", scimType is null ? null : "scimType " + scimType, detail is null ? null : $"\"{detail}\"" }
            .Where(p => p is not null));
    }
}
