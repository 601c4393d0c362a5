using System.Globalization;
using System.Text.Json.Nodes;
using ScimConformance.Core.Http;
using ScimConformance.Core.Json;

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

    /// <summary>Every user and group carrying the prefix, groups first (so memberships go before their members).</summary>
    public static async Task<SweepSearch> FindAsync(ScimClient client, string prefix, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var found = new Dictionary<string, LeftoverResource>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (endpoint, resourceType, attributes) in Kinds)
        {
            foreach (var attribute in attributes)
            {
                var problem = await SearchAsync(client, endpoint, resourceType, attribute, prefix, found, ct).ConfigureAwait(false);
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
        Dictionary<string, LeftoverResource> found, CancellationToken ct)
    {
        var filter = $"{attribute} sw \"{prefix.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
        var startIndex = 1;
        for (var page = 0; page < MaxPages; page++)
        {
            var response = await client.SendAsync(new ScimRequest(HttpMethod.Get, endpoint)
            {
                Query =
                [
                    new("filter", filter),
                    new("startIndex", startIndex.ToString(CultureInfo.InvariantCulture)),
                    new("count", PageSize.ToString(CultureInfo.InvariantCulture)),
                ],
            }, ct).ConfigureAwait(false);
            if (response.Status == 404 && page == 0 && endpoint == "Groups") return null; // no groups offered
            if (response.Status != 200 || response.Object?["Resources"] is not JsonArray and not null)
                return $"GET /{endpoint}?filter={filter} answered {response.Status}; resources found only through it were not looked for.";
            var resources = (response.Object?["Resources"] as JsonArray)?.OfType<JsonObject>().ToArray() ?? [];
            foreach (var resource in resources)
            {
                var id = Text(resource, "id");
                var value = Text(resource, attribute);
                // Only an exact prefix counts: a case-insensitive or sloppy sw on the server must not widen the sweep.
                if (id is null || value is null || !value.StartsWith(prefix, StringComparison.Ordinal)) continue;
                var path = endpoint + "/" + Uri.EscapeDataString(id);
                found.TryAdd(path, new LeftoverResource(path, resourceType, id, value));
            }

            var total = response.Object?["totalResults"] is JsonValue t && t.TryGetValue<int>(out var n) ? n : (int?)null;
            startIndex += resources.Length;
            if (resources.Length == 0 || (total is { } known ? startIndex > known : resources.Length < PageSize)) return null;
        }

        return $"GET /{endpoint}?filter={filter} still had pages after {MaxPages}; the rest were not looked at.";
    }

    private static string? Text(JsonObject resource, string name) =>
        ScimMembers.Member(resource, name) is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
