using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Authoring;
using ScimConformance.Core.Patching;
using static ScimConformance.Suites.Patch.PatchRequests;

namespace ScimConformance.Suites.Patch;

/// <summary>
/// Draws random, valid PATCH sequences (one PatchOp request per step, 1-6 steps) for a user or a group. Each step
/// is drawn against the state the oracle predicts after the steps before it and kept only when the oracle accepts
/// it, so every generated request is one a compliant endpoint must apply. Removes and value filters only name
/// values that are present, so that no step depends on how a server treats a missing target. The same seed gives
/// the same sequences.
/// </summary>
public sealed class PatchSequenceGenerator
{
    private const int MaxLength = 6;
    private const int Attempts = 20;
    private static readonly string[] EmailTypes = ["work", "home", "other"];
    private static readonly string[] PathlessNames = ["displayName", "title", "nickName"];

    private readonly Random _random;
    private readonly PatchOracle _oracle;
    private readonly string _prefix;
    private readonly bool _enterprise;
    private int _counter;

    public PatchSequenceGenerator(int seed, PatchOracle oracle, string prefix, bool enterprise)
    {
        _random = new Random(seed);
        _oracle = oracle;
        _prefix = prefix;
        _enterprise = enterprise;
    }

    /// <summary>A sequence of PATCH requests for a user that starts as <paramref name="start"/>.</summary>
    public IReadOnlyList<JsonObject> NextUserSequence(JsonObject start) => Sequence(start, "User", UserStep);

    /// <summary>A sequence of membership and displayName PATCH requests for a group; <paramref name="candidates"/> are run-created user ids.</summary>
    public IReadOnlyList<JsonObject> NextGroupSequence(JsonObject start, IReadOnlyList<string> candidates) =>
        Sequence(start, "Group", state => GroupStep(state, candidates));

    private List<JsonObject> Sequence(JsonObject start, string resourceType, Func<JsonObject, JsonObject?> step)
    {
        var length = 1 + _random.Next(MaxLength);
        var state = start;
        var requests = new List<JsonObject>();
        while (requests.Count < length)
        {
            var accepted = false;
            for (var attempt = 0; attempt < Attempts && !accepted; attempt++)
            {
                if (step(state) is not { } operation) continue;
                var request = Of(operation);
                var outcome = _oracle.Apply(state, resourceType, request);
                if (!outcome.Succeeded) continue;
                requests.Add(request);
                state = outcome.Resource!;
                accepted = true;
            }
            if (!accepted) break;
        }
        return requests;
    }

    private JsonObject? UserStep(JsonObject user)
    {
        var emails = user.Array("emails")?.OfType<JsonObject>().ToArray() ?? [];
        var presentTypes = emails.Select(e => e.Text("type")).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var singleTypes = presentTypes.Where(t => emails.Count(e => e.Text("type") == t) == 1).ToArray();
        switch (_random.Next(15))
        {
            case 0: return Op("replace", "displayName", Text("display"));
            case 1: return Op(Pick("add", "replace"), "title", Text("title"));
            case 2: return Op(Pick("add", "replace"), "nickName", Text("nick"));
            case 3: return Present(user, "title") ? Op("remove", "title") : null;
            case 4: return Op("replace", "active", _random.Next(2) == 0);
            case 5: return Op(Pick("add", "replace"), "name." + Pick("givenName", "familyName", "middleName"), Text("N"));
            case 6: return Present(user, "name.middleName") ? Op("remove", "name.middleName") : null;
            case 7: return Op("replace", "name", new JsonObject { [Pick("givenName", "familyName")] = Text("Nm") });
            case 8: return Op("add", "emails", new JsonArray(NewEmail(primary: _random.Next(4) == 0)));
            case 9: return presentTypes.Length == 0 ? null : Op("remove", $"emails[type eq \"{Pick(presentTypes)}\"]");
            case 10: return singleTypes.Length == 0 ? null : Op("replace", $"emails[type eq \"{Pick(singleTypes)}\"].value", Mail());
            case 11: return singleTypes.Length == 0 ? null : Op("replace", $"emails[type eq \"{Pick(singleTypes)}\"].primary", true);
            case 12: return Op(Pick("add", "replace"), null, PathlessValue());
            case 13: return _enterprise ? EnterpriseStep(user) : Op("replace", "displayName", Text("display"));
            default: return Op("replace", "emails", new JsonArray(NewEmail(primary: true), NewEmail(primary: false)));
        }
    }

    private JsonObject? EnterpriseStep(JsonObject user)
    {
        var attribute = Pick("department", "costCenter", "division");
        var extension = user.Attr(Core.ScimUris.EnterpriseUser) as JsonObject;
        return _random.Next(3) == 0
            ? extension.Text(attribute) is null ? null : Op("remove", Enterprise(attribute))
            : Op(Pick("add", "replace"), Enterprise(attribute), Text(attribute));
    }

    private JsonObject PathlessValue()
    {
        var value = new JsonObject();
        foreach (var name in PathlessNames.Where(_ => _random.Next(2) == 0))
            value[name] = Text(name);
        if (value.Count == 0 || _random.Next(3) == 0) value["name"] = new JsonObject { ["givenName"] = Text("Pg") };
        return value;
    }

    private JsonObject? GroupStep(JsonObject group, IReadOnlyList<string> candidates)
    {
        var members = group.Values("members");
        var outside = candidates.Where(c => !members.Contains(c)).ToArray();
        return _random.Next(5) switch
        {
            0 => outside.Length == 0 ? null : Op("add", "members", MemberArray(outside.Where(_ => _random.Next(2) == 0).DefaultIfEmpty(outside[0]))),
            1 => members.Count == 0 ? null : Op("remove", $"members[value eq \"{Pick([.. members])}\"]"),
            2 => candidates.Count == 0 ? null : Op("replace", "members", MemberArray(candidates.Where(_ => _random.Next(2) == 0).DefaultIfEmpty(candidates[0]))),
            3 => members.Count == 0 ? null : Op("remove", "members"),
            _ => Op("replace", "displayName", Text("group")),
        };
    }

    private static JsonArray MemberArray(IEnumerable<string> ids) => new(ids.Select(i => (JsonNode)new JsonObject { ["value"] = i }).ToArray());

    private JsonObject NewEmail(bool primary) => Email(Mail(), Pick(EmailTypes), primary ? true : null);

    private string Mail() => Text("m").Replace(' ', '-') + "@example.net";

    private string Text(string what) => string.Create(CultureInfo.InvariantCulture, $"{_prefix}{what}{++_counter}");

    private static bool Present(JsonObject resource, string path) =>
        resource.At(path) is JsonValue v && v.GetValueKind() != JsonValueKind.Null;

    private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];
}
