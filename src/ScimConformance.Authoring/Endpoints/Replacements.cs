using System.Text.Json.Nodes;

namespace ScimConformance.Authoring;

/// <summary>Builds PUT bodies from the server's own view, the way a provisioning client round-trips a resource.</summary>
public static class Replacements
{
    /// <summary>A deep copy without meta and the readOnly groups (the server would ignore them anyway).</summary>
    public static JsonObject Of(JsonObject view)
    {
        var copy = (JsonObject)view.DeepClone();
        foreach (var name in copy.Select(p => p.Key).Where(k => k.Equals("meta", StringComparison.OrdinalIgnoreCase)
                     || k.Equals("groups", StringComparison.OrdinalIgnoreCase)).ToArray())
            copy.Remove(name);
        return copy;
    }
}
