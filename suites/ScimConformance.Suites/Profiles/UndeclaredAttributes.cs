using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// What a replayed User write leaves out because the target's /Schemas does not declare it. RFC 7643 §4.1 and §8.7.1 let a
/// provider publish fewer User attributes than the RFC defines, and a write of one it lacks may rightly be refused (RFC 7644
/// §3.12 invalidPath); an identity provider's administrator then unmaps that attribute, so the replay does the same and says
/// so. A target that publishes no User schema is sent the provider's body unchanged: there is nothing to judge it by.
/// </summary>
internal sealed partial class UndeclaredAttributes(DiscoveryResult discovery)
{
    private static readonly HashSet<string> Common = new(["schemas", "id", "externalId", "meta"], StringComparer.OrdinalIgnoreCase);

    private readonly string _core = discovery.ResourceType("User")?.Schema ?? ScimUris.User;

    /// <summary>The body to send, and the attribute names left out of it (none when the target declares them all).</summary>
    public (JsonNode? Body, IReadOnlyList<string> Dropped) Strip(string method, JsonNode? body)
    {
        if (body is not JsonObject json || discovery.Schema(_core) is null)
            return (body, []);
        var copy = json.DeepClone().AsObject();
        var dropped = new List<string>();
        if (method == "PATCH")
            StripOperations(copy, dropped);
        else
            StripResource(copy, dropped);
        return (copy, dropped);
    }

    private void StripResource(JsonObject resource, List<string> dropped)
    {
        foreach (var key in resource.Select(p => p.Key).ToArray())
        {
            if (Common.Contains(key)) continue;
            if (discovery.Schema(key) is not null)
            {
                if (resource[key] is JsonObject extension)
                    foreach (var sub in extension.Select(p => p.Key).ToArray().Where(sub => !Declared(key + ":" + sub)))
                    {
                        extension.Remove(sub);
                        dropped.Add(key + ":" + sub);
                    }
                continue;
            }
            if (!Declared(key))
            {
                resource.Remove(key);
                dropped.Add(key);
            }
        }
    }

    private void StripOperations(JsonObject patch, List<string> dropped)
    {
        if (patch.Attr("Operations") is not JsonArray operations) return;
        foreach (var operation in operations.OfType<JsonObject>().ToArray())
        {
            if (operation.Text("path") is { Length: > 0 } path)
            {
                if (!Declared(path))
                {
                    operations.Remove(operation);
                    dropped.Add(path);
                }
            }
            else if (operation.Attr("value") is JsonObject value)
            {
                foreach (var key in value.Select(p => p.Key).ToArray().Where(key => !Declared(key)))
                {
                    value.Remove(key);
                    dropped.Add(key);
                }
                if (value.Count == 0) operations.Remove(operation);
            }
        }
    }

    /// <summary>An attribute path (a value filter and sub-attributes allowed) the target declares, or one the RFC lets no schema leave out.</summary>
    private bool Declared(string path)
    {
        var bare = ValueFilter().Replace(path, "");
        if (discovery.Schema(bare) is not null) return true;
        if (bare.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            // Schema URNs hold dots ("2.0"): the schema is found by prefix before the attribute name is split off.
            var schema = discovery.Schemas.Where(s => bare.StartsWith(s.Id + ":", StringComparison.OrdinalIgnoreCase)).MaxBy(s => s.Id.Length);
            // A URN of a schema the target does not publish cannot be judged: kept, so the target decides.
            return schema is null || discovery.Attribute(_core, schema.Id + ":" + bare[(schema.Id.Length + 1)..].Split('.')[0]) is not null;
        }
        // Only whole attributes are unmapped; a sub-attribute the schema lacks is left to the target.
        var name = bare.Split('.')[0];
        return Common.Contains(name) || discovery.Attribute(_core, name) is not null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\[[^\]]*\]")]
    private static partial System.Text.RegularExpressions.Regex ValueFilter();
}
