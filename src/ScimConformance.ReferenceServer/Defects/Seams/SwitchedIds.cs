using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Resources.Seams;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Defects.Seams;

/// <summary>Id assignment under the switches: ids handed out again after a delete, ids taken from the client, and short counters.</summary>
internal sealed class SwitchedIds(DefectSwitches defects) : IIdSource
{
    // Recycled ids are kept per tenant and type, so a recycled id never moves to another tenant.
    private readonly ConcurrentDictionary<(string Tenant, string Type), ConcurrentStack<string>> _recycled = new();
    private readonly ConcurrentDictionary<string, long> _counters = new(StringComparer.Ordinal);

    public string NewId(string tenant, ResourceKind kind, JsonObject body, ResourceStore store)
    {
        if (defects.IsOn(LifecycleDefects.IdReusedAfterDelete) && _recycled.TryGetValue((tenant, kind.Name), out var recycledIds)
            && recycledIds.TryPop(out var recycled) && !store.IdInUse(recycled))
        {
            return recycled;
        }

        if (defects.IsOn(FoundationDefects.ClientIdHonoured) && body["id"] is JsonValue given
            && given.GetValueKind() == JsonValueKind.String && given.GetValue<string>() is { Length: > 0 } clientId && !store.IdInUse(clientId))
        {
            return clientId;
        }

        if (defects.IsOn(BenignVariations.NonUuidIds))
        {
            // Any unique, stable string is a valid id (RFC 7643 section 3.1).
            var prefix = char.ToLowerInvariant(kind.Name[0]);
            string candidate;
            do
            {
                var next = _counters.AddOrUpdate(kind.Name, 1, (_, n) => n + 1);
                candidate = $"{prefix}-{next.ToString("D6", CultureInfo.InvariantCulture)}";
            }
            while (store.IdInUse(candidate));
            return candidate;
        }

        return Guid.NewGuid().ToString();
    }

    public void Released(string tenant, ResourceKind kind, string id)
    {
        if (defects.IsOn(LifecycleDefects.IdReusedAfterDelete))
        {
            _recycled.GetOrAdd((tenant, kind.Name), _ => new ConcurrentStack<string>()).Push(id);
        }
    }
}
