using System.Globalization;
using System.Text.Json.Nodes;
using ScimConformance.Core.Http;
using ScimConformance.Core.Json;
using ScimConformance.Core.Scoping;

namespace ScimConformance.Core.Ledger;

/// <summary>
/// Finds and deletes what an earlier run left behind (a killed process cannot run its ledger): users and groups
/// whose userName, displayName or externalId starts with the run's prefix. Found by filter (<c>sw</c>), then
/// checked again here with an exact, case-sensitive prefix match, so a server with loose filtering cannot lead
/// it to delete anything else.
/// </summary>
public static class LeftoverSweeper
{
    private const int PageSize = 100;
    private const int MaxPages = 1000;

    private static readonly (string Endpoint, string ResourceType, string[] Attributes)[] Kinds =
    [
        ("Groups", "Group", ["displayName", "externalId"]),
        ("Users", "User", ["userName", "externalId"]),
    ];

    /// <summary>Unfiltered pages read when the target refuses sw: the sweep then narrows client-side, this far.</summary>
    private const int MaxUnfilteredPages = 20;

    /// <summary>Every user and group carrying the prefix, groups first (so memberships go before their members).</summary>
    public static Task<SweepSearch> FindAsync(ScimClient client, string prefix, CancellationToken ct = default) =>
        FindAsync(client, prefix, byStartsWith: true, ct);

    /// <summary>
    /// As <see cref="FindAsync(ScimClient, string, CancellationToken)"/>, by <c>sw</c> when <paramref name="byStartsWith"/>
    /// (the run's scoping probe found it accepted), else by reading unfiltered pages, up to a cap, and matching here.
    /// </summary>
    public static async Task<SweepSearch> FindAsync(ScimClient client, string prefix, bool byStartsWith, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var found = new Dictionary<string, LeftoverResource>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (endpoint, resourceType, attributes) in Kinds)
        {
            // Unfiltered, one listing shows every attribute: reading it once per attribute would only repeat it.
            foreach (var attribute in byStartsWith ? attributes : attributes[..1])
            {
                var problem = await SearchAsync(client, endpoint, resourceType, attribute, prefix, byStartsWith, found, ct).ConfigureAwait(false);
                if (problem is not null) problems.Add(problem);
            }
        }

        return new SweepSearch(found.Values.ToArray(), problems);
    }

    /// <summary>Deletes each resource (200, 204 and 404 mean gone); returns them with the error of those that stayed.</summary>
    public static async Task<IReadOnlyList<LeftoverResource>> DeleteAsync(ScimClient client, IEnumerable<LeftoverResource> resources, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(resources);
        var done = new List<LeftoverResource>();
        foreach (var resource in resources)
        {
            string? error;
            try
            {
                var response = await client.DeleteAsync(resource.RelativePath, ct).ConfigureAwait(false);
                error = response.Status is 200 or 204 or 404 ? null : $"DELETE answered {response.Status}";
            }
            catch (ScimTransportException e)
            {
                error = e.Message;
            }

            done.Add(resource with { Error = error });
        }

        return done;
    }

    private static async Task<string?> SearchAsync(ScimClient client, string endpoint, string resourceType, string attribute, string prefix,
        bool byStartsWith, Dictionary<string, LeftoverResource> found, CancellationToken ct)
    {
        var filter = byStartsWith ? $"{attribute} sw {FilterLiteral.Quote(prefix)}" : "(none)";
        var attributes = byStartsWith ? [attribute] : Kinds.First(k => k.Endpoint == endpoint).Attributes;
        var startIndex = 1;
        for (var page = 0; page < (byStartsWith ? MaxPages : MaxUnfilteredPages); page++)
        {
            var query = new List<KeyValuePair<string, string>>
            {
                new("startIndex", startIndex.ToString(CultureInfo.InvariantCulture)),
                new("count", PageSize.ToString(CultureInfo.InvariantCulture)),
            };
            if (byStartsWith) query.Insert(0, new("filter", filter));
            var response = await client.SendAsync(new ScimRequest(HttpMethod.Get, endpoint) { Query = query }, ct).ConfigureAwait(false);
            if (response.Status == 404 && page == 0 && endpoint == "Groups") return null; // no groups offered
            if (response.Status != 200 || response.Object?["Resources"] is not JsonArray and not null)
                return $"GET /{endpoint}?filter={filter} answered {response.Status}; resources found only through it were not looked for.";
            var resources = (response.Object?["Resources"] as JsonArray)?.OfType<JsonObject>().ToArray() ?? [];
            foreach (var resource in resources)
            {
                var id = Text(resource, "id");
                // Only an exact prefix counts: a case-insensitive or sloppy sw on the server must not widen the sweep.
                var value = attributes.Select(a => Text(resource, a)).FirstOrDefault(v => v is not null && v.StartsWith(prefix, StringComparison.Ordinal));
                if (id is null || value is null) continue;
                var path = endpoint + "/" + Uri.EscapeDataString(id);
                found.TryAdd(path, new LeftoverResource(path, resourceType, id, value));
            }

            var total = response.Object?["totalResults"] is JsonValue t && t.TryGetValue<int>(out var n) ? n : (int?)null;
            startIndex += resources.Length;
            if (resources.Length == 0 || (total is { } known ? startIndex > known : resources.Length < PageSize)) return null;
        }

        return $"GET /{endpoint}?filter={filter} still had pages after {(byStartsWith ? MaxPages : MaxUnfilteredPages)}; the rest were not looked at.";
    }

    private static string? Text(JsonObject resource, string name) =>
        ScimMembers.Member(resource, name) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
