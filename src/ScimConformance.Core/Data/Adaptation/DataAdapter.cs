using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;
using ScimConformance.Core.Json;

namespace ScimConformance.Core.Data.Adaptation;

/// <summary>
/// Adapts the run's test data to what the target demands on create (RFC 7644 §3.3 and §3.12: a provider may refuse a
/// create it cannot accept with 400 and a detail saying why). A create refused with a 400 whose detail names an
/// attribute the body lacks, and that the run can fill, is sent again with that attribute; the demand is learnt once
/// for the run (every later body of that type gets it before it is sent) and reported once (<see cref="Demands"/>).
/// A refusal that names nothing the run can fill is left as it is: the caller decides with that exchange.
/// </summary>
public sealed class DataAdapter
{
    private readonly ConcurrentDictionary<(string ResourceType, string Attribute), DataDemand> _demands = new();
    private readonly DiscoveryResult _discovery;

    public DataAdapter(DiscoveryResult discovery)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        _discovery = discovery;
    }

    /// <summary>What the target demanded, in the order it was learnt.</summary>
    public IReadOnlyList<DataDemand> Demands => _demands.Values.OrderBy(d => d.ResourceType, StringComparer.Ordinal).ThenBy(d => d.Attribute, StringComparer.Ordinal).ToArray();

    /// <summary>The body with every demand learnt so far for its resource type added where it is missing (a copy; the input is untouched).</summary>
    public JsonObject Prepare(string resourceType, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var demanded = _demands.Keys.Where(k => k.ResourceType == resourceType && !Has(body, k.Attribute)).Select(k => k.Attribute).ToArray();
        if (demanded.Length == 0) return body;
        var copy = (JsonObject)body.DeepClone();
        foreach (var attribute in demanded) copy[attribute] = DemandFillers.Fill(attribute, NameOf(copy));
        return copy;
    }

    /// <summary>
    /// POSTs the prepared body; when the target refuses it for an attribute the body lacks and the run can fill, learns the
    /// demand and POSTs once more with it. Returns the last answer.
    /// </summary>
    public async Task<ScimResponse> PostAsync(ScimClient client, string endpoint, string resourceType, JsonObject body, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var prepared = Prepare(resourceType, body);
        var response = await client.PostAsync(endpoint, prepared, ct).ConfigureAwait(false);
        if (Learn(resourceType, prepared, response) is not { } adapted) return response;
        return await client.PostAsync(endpoint, adapted, ct).ConfigureAwait(false);
    }

    /// <summary>The body adapted to a refusal, or null when the refusal names no attribute the body lacks and the run can fill.</summary>
    public JsonObject? Learn(string resourceType, JsonObject body, ScimResponse refusal)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(refusal);
        if (refusal.Status != 400 || refusal.Object?["detail"] is not JsonValue d || !d.TryGetValue<string>(out var detail)) return null;
        var attribute = DemandFillers.Names.FirstOrDefault(a => !Has(body, a) && Names(detail, a));
        if (attribute is null) return null;
        var scimType = refusal.Object["scimType"] is JsonValue s && s.TryGetValue<string>(out var type) ? " scimType " + type : "";
        _demands.TryAdd((resourceType, attribute), new DataDemand(resourceType, attribute, $"POST {refusal.RequestUri}", refusal.Status,
            $"HTTP {refusal.Status}{scimType} \"{detail}\"", DeclaredRequired(resourceType, attribute)));
        var adapted = (JsonObject)body.DeepClone();
        adapted[attribute] = DemandFillers.Fill(attribute, NameOf(body));
        return adapted;
    }

    private bool? DeclaredRequired(string resourceType, string attribute)
    {
        var schema = _discovery.ResourceType(resourceType)?.Schema;
        return schema is null ? null : _discovery.Attribute(schema, attribute)?.Required;
    }

    // The attribute itself, not a longer name holding it (userName, familyName) nor one of its sub-attributes (name.familyName).
    private static bool Names(string detail, string attribute) =>
        Regex.IsMatch(detail, $@"(?<![A-Za-z.:]){Regex.Escape(attribute)}(?![A-Za-z]|\.[A-Za-z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static bool Has(JsonObject body, string attribute) =>
        ScimMembers.Member(body, attribute) is not null;

    private static string NameOf(JsonObject body) =>
        (body["userName"] ?? body["displayName"]) is JsonValue v && v.TryGetValue<string>(out var name) ? name : "scimconf";
}
