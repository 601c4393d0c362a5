using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// What the replay has made exist so far, reduced to the identifiers providers look up by (userName,
/// externalId, emails, displayName). It is what a lookup step's expected match count comes from: a lookup
/// for something the replay created and has not deleted must return exactly one match, any other exactly none.
/// </summary>
public sealed partial class ReplayModel
{
    private readonly Dictionary<string, Tracked> _live = new(StringComparer.Ordinal);

    private sealed class Tracked(string collection)
    {
        public string Collection { get; } = collection;
        public Dictionary<string, HashSet<string>> Values { get; } = new(StringComparer.OrdinalIgnoreCase);
    }

    private static readonly string[] Identifiers = ["userName", "externalId", "emails", "displayName"];

    public void Created(string collection, string id, JsonObject? body)
    {
        var tracked = new Tracked(collection);
        foreach (var name in Identifiers) Assign(tracked, name, Find(body, name));
        _live[Key(collection, id)] = tracked;
    }

    public void Replaced(string collection, string id, JsonObject? body)
    {
        if (!_live.ContainsKey(Key(collection, id))) return;
        Created(collection, id, body);
    }

    public void Deleted(string collection, string id) => _live.Remove(Key(collection, id));

    /// <summary>Applies the identifier changes of a PATCH body (plain, URN-free paths and no-path values).</summary>
    public void Patched(string collection, string id, JsonObject? body)
    {
        if (!_live.TryGetValue(Key(collection, id), out var tracked)) return;
        foreach (var op in (body?["Operations"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var kind = ((string?)op["op"] ?? "").ToLower(CultureInfo.InvariantCulture);
            var path = (string?)op["path"];
            var value = op["value"];
            if (path is null)
            {
                if (value is JsonObject o && kind is "add" or "replace")
                    foreach (var name in Identifiers)
                        if (Find(o, name) is { } v) Assign(tracked, name, v);
                continue;
            }
            var name2 = Identifiers.FirstOrDefault(n => path.Equals(n, StringComparison.OrdinalIgnoreCase)
                || (n == "emails" && path.StartsWith("emails", StringComparison.OrdinalIgnoreCase)));
            if (name2 is null) continue;
            if (kind == "remove") tracked.Values.Remove(name2);
            else if (kind is "add" or "replace") Assign(tracked, name2, value);
        }
    }

    /// <summary>
    /// The number of matches a filter lookup must return, when the filter is one "attr eq "value"" clause
    /// on an identifier the model tracks; null when the model cannot tell (the step then checks only the shape).
    /// </summary>
    public int? ExpectedMatches(string collection, string? filter)
    {
        if (filter is null) return null;
        var m = EqClause().Match(filter);
        if (!m.Success) return null;
        var attribute = m.Groups["attr"].Value;
        var name = Identifiers.FirstOrDefault(n => attribute.Equals(n, StringComparison.OrdinalIgnoreCase)
            || (n == "emails" && (attribute.Equals("emails.value", StringComparison.OrdinalIgnoreCase)
                || attribute.StartsWith("emails[", StringComparison.OrdinalIgnoreCase))));
        if (name is null) return null;
        var value = m.Groups["value"].Value;
        // externalId is caseExact (RFC 7643 §3.1); userName, emails.value and displayName are not.
        var comparison = name == "externalId" ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return _live.Values.Count(t => t.Collection == collection
            && t.Values.TryGetValue(name, out var values) && values.Any(v => string.Equals(v, value, comparison)));
    }

    private static void Assign(Tracked tracked, string name, JsonNode? value)
    {
        var texts = Texts(value).ToHashSet(StringComparer.Ordinal);
        if (texts.Count == 0) tracked.Values.Remove(name);
        else tracked.Values[name] = texts;
    }

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v.GetValue<string>()],
        JsonArray a => a.SelectMany(Texts),
        JsonObject o when o["value"] is { } inner => Texts(inner),
        _ => [],
    };

    private static JsonNode? Find(JsonObject? body, string name) =>
        body.Attr(name);

    private static string Key(string collection, string id) => collection + "/" + id;

    [GeneratedRegex("""^\s*(?<attr>[A-Za-z0-9_.:\[\]" ]+?)\s+eq\s+"(?<value>[^"]*)"\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex EqClause();
}
