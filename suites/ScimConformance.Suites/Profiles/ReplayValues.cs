using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScimConformance.Core.Data;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// The run-scoped values a replay substitutes for {{placeholders}}: identities built from the run prefix
/// (so the run only ever touches what it created), ids captured from earlier responses, and the ids of
/// helper users (members, manager) created on first use. Remembers which step was to capture each value,
/// so a step that lacks one can say which earlier step it depends on.
/// </summary>
public sealed partial class ReplayValues
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _capturedBy = new(StringComparer.Ordinal);

    public ReplayValues(string prefix, string provider, TestDataFactory data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var password = data.Password();
        var stem = prefix + provider;
        Set("userName", $"{stem}.user@example.com");
        Set("email", $"{stem}.user@example.com");
        Set("userNameUpperCase", $"{stem}.user@example.com".ToUpperInvariant());
        Set("newUserName", $"{stem}.renamed@example.com");
        Set("newEmail", $"{stem}.new@example.com");
        Set("externalId", $"{stem}-ext");
        Set("givenName", "Replay");
        Set("familyName", "User");
        Set("middleName", "Q");
        Set("newFamilyName", "Renamed");
        Set("displayName", "Replay User");
        Set("nickName", "replay");
        Set("title", "Tester");
        Set("department", "Conformance");
        Set("employeeNumber", "4711");
        Set("password", password);
        Set("groupDisplayName", $"{stem}-group");
        Set("newGroupDisplayName", $"{stem}-group-renamed");
        Set("testGroupName", $"{stem}-test-group");
        Set("testUserEmail", $"{stem}.test@example.com");
        Set("nonexistentUserName", $"{stem}.absent@example.com");
        Set("randomGuid", data.Uuid().ToString());
        Set("nonexistentId", data.Uuid().ToString());
        Set("entraGroupObjectId", data.Uuid().ToString());
        Set("oktaUserId", "00u" + data.Token(32)[..17]);
        Set("roleId", data.Uuid().ToString());
        Set("roleValue", "replay-role");
        Set("roleDisplayName", "Replay Role");
        Set("pageSize", "100");
    }

    /// <summary>Placeholders filled by creating a helper user through the ledger the first time a step needs one.</summary>
    public static readonly IReadOnlyList<string> HelperUsers = ["memberId", "memberId2", "managerId"];

    public void Set(string name, string value) => _values[name] = value;

    public bool Has(string name) => _values.ContainsKey(name);

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public void ExpectCapture(string name, string checkId) => _capturedBy.TryAdd(name, checkId);

    public string? CapturedBy(string name) => _capturedBy.GetValueOrDefault(name);

    public static IEnumerable<string> PlaceholdersIn(string? text) =>
        text is null ? [] : Placeholder().Matches(text).Select(m => m.Groups[1].Value);

    public static IEnumerable<string> PlaceholdersIn(JsonNode? node) => PlaceholdersIn(node?.ToJsonString());

    /// <summary>Replaces every {{name}} with its value, each value passed through <paramref name="encode"/>.</summary>
    public string Substitute(string text, Func<string, string>? encode = null) =>
        Placeholder().Replace(text, m => _values.TryGetValue(m.Groups[1].Value, out var v) ? (encode ?? (s => s))(v) : m.Value);

    /// <summary>A copy of a JSON body with placeholders replaced inside every string (keys too).</summary>
    public JsonNode? Substitute(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => new JsonObject(o.Select(kv => new KeyValuePair<string, JsonNode?>(Substitute(kv.Key), Substitute(kv.Value)))),
        JsonArray a => new JsonArray(a.Select(Substitute).ToArray()),
        JsonValue v when v.TryGetValue<string>(out var s) => JsonValue.Create(Substitute(s)),
        _ => node.DeepClone(),
    };

    /// <summary>A profile's text for people, each {{name}} written {name} (as a URI template would): declarations and notes, where no value is bound.</summary>
    public static string Template(string text) => Placeholder().Replace(text, m => "{" + m.Groups[1].Value + "}");

    [GeneratedRegex(@"\{\{([A-Za-z][A-Za-z0-9]*)\}\}")]
    private static partial Regex Placeholder();
}
