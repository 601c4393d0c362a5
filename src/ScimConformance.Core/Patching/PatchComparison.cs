using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching;

/// <summary>
/// Compares the resource the oracle predicts with the one the endpoint returns, ignoring what RFC 7643
/// leaves to the server: "meta", the case of attribute names (§2.1), the order of multi-valued values (§2.4),
/// attributes that are never returned, and unassigned members (null, [] and {} equal absence, §2.5).
/// A "primary": false equals an absent "primary", since servers clear the flag either way.
/// </summary>
public static class PatchComparison
{
    /// <summary>RFC 7643 defines a single returned="never" attribute in its core schemas.</summary>
    private static readonly string[] DefaultNeverReturned = ["password"];

    public static bool Equivalent(JsonObject expected, JsonObject actual) => Difference(expected, actual) is null;

    /// <summary>As <see cref="Equivalent(JsonObject, JsonObject)"/>, taking returned="never" attributes from the advertised schemas.</summary>
    public static bool Equivalent(JsonObject expected, JsonObject actual, DiscoveryResult discovery, string resourceType) =>
        Difference(expected, actual, NeverReturned(discovery, resourceType)) is null;

    /// <summary>
    /// The first difference found, as a sentence naming the attribute path, or null when equivalent.
    /// <paramref name="ignoredPaths"/> are dotted paths ("password", "name.secret", "urn:...:User:badge") skipped
    /// wherever they occur; by default only "password".
    /// </summary>
    public static string? Difference(JsonObject expected, JsonObject actual, IEnumerable<string>? ignoredPaths = null)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var ignored = new HashSet<string>(ignoredPaths ?? DefaultNeverReturned, StringComparer.OrdinalIgnoreCase) { "meta" };
        return Compare(expected, actual, "", ".", ignored);
    }

    /// <summary>Dotted paths of the resource type's returned="never" attributes, extension ones URN-qualified.</summary>
    public static IReadOnlyList<string> NeverReturned(DiscoveryResult discovery, string resourceType)
    {
        ArgumentNullException.ThrowIfNull(discovery);
        var type = discovery.ResourceType(resourceType)
            ?? throw new ArgumentException($"The discovery result has no resource type \"{resourceType}\".", nameof(resourceType));
        var paths = new List<string>();
        Collect(discovery.Schema(type.Schema)?.Attributes ?? [], "", paths);
        foreach (var extension in type.Extensions)
            Collect(discovery.Schema(extension.Schema)?.Attributes ?? [], extension.Schema + ":", paths);
        return paths;
    }

    private static void Collect(IEnumerable<AttributeDefinition> attributes, string prefix, List<string> paths)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.Returned == "never") paths.Add(prefix + attribute.Name);
            Collect(attribute.SubAttributes, prefix + attribute.Name + ".", paths);
        }
    }

    private static string? Compare(JsonNode? expected, JsonNode? actual, string path, string separator, HashSet<string> ignored)
    {
        var expectedUnassigned = JsonMembers.IsUnassigned(expected);
        var actualUnassigned = JsonMembers.IsUnassigned(actual);
        if (expectedUnassigned && actualUnassigned) return null;
        // An object against nothing is compared member by member, so ignored members inside it stay ignored.
        if ((expectedUnassigned && actual is JsonObject) || (actualUnassigned && expected is JsonObject))
            return CompareObjects(expected as JsonObject ?? [], actual as JsonObject ?? [], path, separator, ignored);
        if (expectedUnassigned) return $"{Name(path)} was expected to be unassigned but is {actual!.ToJsonString()}.";
        if (actualUnassigned) return $"{Name(path)} was expected to be {expected!.ToJsonString()} but is unassigned.";
        return (expected, actual) switch
        {
            (JsonObject e, JsonObject a) => CompareObjects(e, a, path, separator, ignored),
            (JsonArray e, JsonArray a) => CompareArrays(e, a, path, separator, ignored),
            (JsonValue e, JsonValue a) => SameValue(e, a, path) ? null : $"{Name(path)} was expected to be {e.ToJsonString()} but is {a.ToJsonString()}.",
            _ => $"{Name(path)} was expected to be {expected!.ToJsonString()} but is {actual!.ToJsonString()}.",
        };
    }

    private static string? CompareObjects(JsonObject expected, JsonObject actual, string path, string separator, HashSet<string> ignored)
    {
        var names = expected.Select(kv => kv.Key).Concat(actual.Select(kv => kv.Key)).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            var member = path.Length == 0 ? name : path + separator + name;
            // Extension objects are keyed by their URN, so their members' paths read "urn:...:User:attr".
            var childSeparator = path.Length == 0 && name.StartsWith("urn:", StringComparison.OrdinalIgnoreCase) ? ":" : ".";
            if (ignored.Contains(member)) continue;
            var e = JsonMembers.Get(expected, name);
            var a = JsonMembers.Get(actual, name);
            if (string.Equals(name, "primary", StringComparison.OrdinalIgnoreCase) && path.Length > 0 && IsFalseOrAbsent(e) && IsFalseOrAbsent(a)) continue;
            if (Compare(e, a, member, childSeparator, ignored) is { } difference) return difference;
        }
        return null;
    }

    private static string? CompareArrays(JsonArray expected, JsonArray actual, string path, string separator, HashSet<string> ignored)
    {
        var remaining = actual.Where(a => !JsonMembers.IsUnassigned(a)).ToList();
        foreach (var item in expected.Where(e => !JsonMembers.IsUnassigned(e)))
        {
            var match = remaining.FindIndex(a => Compare(item, a, path, separator, ignored) is null);
            if (match < 0) return $"{Name(path)} was expected to contain {item!.ToJsonString()} but is {actual.ToJsonString()}.";
            remaining.RemoveAt(match);
        }
        return remaining.Count == 0 ? null : $"{Name(path)} holds unexpected values {new JsonArray([.. remaining.Select(r => r!.DeepClone())]).ToJsonString()}.";
    }

    private static bool SameValue(JsonValue expected, JsonValue actual, string path)
    {
        var kind = expected.GetValueKind();
        if (kind != actual.GetValueKind()) return false;
        if (kind == JsonValueKind.Number) return expected.GetValue<decimal>() == actual.GetValue<decimal>();
        if (kind == JsonValueKind.String && string.Equals(path, "schemas", StringComparison.OrdinalIgnoreCase))
            return string.Equals(expected.GetValue<string>(), actual.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        return JsonNode.DeepEquals(expected, actual);
    }

    private static bool IsFalseOrAbsent(JsonNode? node) => JsonMembers.IsUnassigned(node) || node!.GetValueKind() == JsonValueKind.False;

    private static string Name(string path) => path.Length == 0 ? "The resource" : $"\"{path}\"";
}
