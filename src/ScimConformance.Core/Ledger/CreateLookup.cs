using System.Text.Json.Nodes;
using ScimConformance.Core.Http;
using ScimConformance.Core.Scoping;

namespace ScimConformance.Core.Ledger;

/// <summary>
/// After a create whose answer was not a clean 2xx with an id, looks up what it may have created anyway: RFC 7644 §3.3
/// gives a refused create no effect, but real servers create and still answer an error (a Bulk operation reported 409
/// after its group was made). The lookup is by the run-prefixed name the body carried, with an exact eq filter, and only
/// a resource whose name matches exactly is recorded (<see cref="ResourceLedger.RecordFound"/>): the run never claims
/// what is not its own.
/// </summary>
public static class CreateLookup
{
    public static async Task<IReadOnlyList<LedgerEntry>> FindAsync(ScimClient client, ResourceLedger ledger, string prefix, string endpoint,
        string resourceType, JsonObject? body, string foundBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(ledger);
        var attribute = resourceType == "Group" ? "displayName" : "userName";
        if (body?[attribute] is not JsonValue v || !v.TryGetValue<string>(out var name)) return [];
        return await FindByAsync(client, ledger, prefix, endpoint, resourceType, attribute, name, foundBy, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// The same lookup by any string attribute the create carried (externalId for a body whose userName a probe made
    /// unusable); a value without the run's prefix is never looked up.
    /// </summary>
    public static async Task<IReadOnlyList<LedgerEntry>> FindByAsync(ScimClient client, ResourceLedger ledger, string prefix, string endpoint,
        string resourceType, string attribute, string name, string foundBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(name);
        if (!name.StartsWith(prefix, StringComparison.Ordinal)) return [];

        ScimResponse response;
        try
        {
            response = await client.SendAsync(new ScimRequest(HttpMethod.Get, endpoint)
            {
                Query = [new("filter", $"{attribute} eq {FilterLiteral.Quote(name)}")],
            }, ct).ConfigureAwait(false);
        }
        catch (ScimTransportException)
        {
            return []; // the end-of-run sweep looks again
        }
        if (response.Status != 200 || response.Object?["Resources"] is not JsonArray resources) return [];

        var found = new List<LedgerEntry>();
        foreach (var resource in resources.OfType<JsonObject>())
        {
            if (resource["id"] is not JsonValue i || !i.TryGetValue<string>(out var id) || string.IsNullOrWhiteSpace(id)) continue;
            if (resource[attribute] is not JsonValue n || !n.TryGetValue<string>(out var held) || held != name) continue;
            var path = endpoint.Trim('/') + "/" + Uri.EscapeDataString(id);
            if (ledger.Entries.Any(e => e.RelativePath == path)) continue;
            ledger.RecordFound(path, resourceType, id, foundBy);
            found.Add(ledger.Entries.First(e => e.RelativePath == path));
        }
        return found;
    }
}
