using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Fidelity;

/// <summary>How a returned value compares with the one sent, worst first.</summary>
public enum MatchKind
{
    /// <summary>Not a JSON value of the declared type (RFC 7643 §2.3, Table 1).</summary>
    WrongKind,
    /// <summary>Absent.</summary>
    Missing,
    /// <summary>A different value.</summary>
    Different,
    /// <summary>The same string in another case.</summary>
    CaseOnly,
    Same,
}

/// <summary>The outcome of comparing a value with what was sent, and the part of it that decided.</summary>
public sealed record ValueMatch(MatchKind Kind, string Detail)
{
    public static ValueMatch Same { get; } = new(MatchKind.Same, "");

    /// <summary>
    /// Compares by the declared type: numbers by value, dateTimes by instant, binary by its bytes, strings exactly (a
    /// case-only difference is told apart); a multi-valued attribute must hold every value sent (the server may add
    /// others, RFC 7644 §3.3), a complex one every sub-attribute sent (it may add display, $ref, primary...).
    /// </summary>
    public static ValueMatch Of(AttributeDefinition a, JsonNode? sent, JsonNode? seen)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (sent is null) return Same;
        if (seen is null) return new(MatchKind.Missing, $"{a.Name} is absent");
        // Parsed from text, as the answer was, so both sides hold JSON elements and compare alike.
        sent = JsonNode.Parse(sent.ToJsonString())!;
        if (!a.MultiValued) return One(a, sent, seen);
        if (seen is not JsonArray values) return new(MatchKind.WrongKind, $"{a.Name} is {KindOf(seen)}, not an array (it is multi-valued)");
        var worst = Same;
        foreach (var value in sent.AsArray())
        {
            var best = values.Count == 0 ? new(MatchKind.Missing, $"{a.Name} is empty")
                : values.Select(v => One(a, value!, v)).MaxBy(m => m.Kind)!;
            if (best.Kind == MatchKind.Different) best = new(MatchKind.Different, $"{a.Name} holds no value matching {Short(value!)}");
            if (best.Kind < worst.Kind) worst = best;
        }
        return worst;
    }

    private static ValueMatch One(AttributeDefinition a, JsonNode sent, JsonNode? seen)
    {
        if (seen is null) return new(MatchKind.Missing, $"{a.Name} is absent");
        if (a.Type == "complex")
        {
            if (seen is not JsonObject seenObject) return new(MatchKind.WrongKind, $"{a.Name} is {KindOf(seen)}, not an object (it is complex)");
            var worst = Same;
            foreach (var (name, subValue) in (JsonObject)sent)
            {
                var sub = a.Sub(name) ?? new AttributeDefinition { Name = name };
                var seenSub = seenObject.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
                var match = Of(sub with { Name = a.Name + "." + sub.Name }, subValue, seenSub);
                if (match.Kind < worst.Kind) worst = match;
            }
            return worst;
        }
        if (seen is not JsonValue value || !KindFits(a.Type, value.GetValueKind()))
            return new(MatchKind.WrongKind, $"{a.Name} is {KindOf(seen)} ({Short(seen)}), not a JSON {JsonKindOf(a.Type)} (its type is {a.Type})");
        var expected = (JsonValue)sent;
        return a.Type switch
        {
            "boolean" => Equal(a, value.GetValue<bool>() == expected.GetValue<bool>(), sent, seen),
            "integer" => value.TryGetValue<long>(out var i)
                ? Equal(a, i == expected.GetValue<long>(), sent, seen)
                : new(MatchKind.WrongKind, $"{a.Name} is {Short(seen)}, not an integer (RFC 7643 §2.3.4: no fraction or exponent)"),
            "decimal" => Equal(a, value.GetValue<decimal>() == expected.GetValue<decimal>(), sent, seen),
            "dateTime" => Equal(a, Instant(value.GetValue<string>()) is { } at && at == Instant(expected.GetValue<string>()), sent, seen),
            "binary" => Equal(a, Bytes(value.GetValue<string>()) is { } bytes && bytes.SequenceEqual(Bytes(expected.GetValue<string>()) ?? []), sent, seen),
            _ => Text(a, expected.GetValue<string>(), value.GetValue<string>()),
        };
    }

    private static ValueMatch Text(AttributeDefinition a, string sent, string seen) =>
        string.Equals(sent, seen, StringComparison.Ordinal) ? Same
        : string.Equals(sent, seen, StringComparison.OrdinalIgnoreCase) ? new(MatchKind.CaseOnly, $"{a.Name} came back as \"{seen}\" for \"{sent}\"")
        : new(MatchKind.Different, $"{a.Name} came back as \"{Clip(seen)}\" for \"{Clip(sent)}\"");

    private static ValueMatch Equal(AttributeDefinition a, bool equal, JsonNode sent, JsonNode seen) =>
        equal ? Same : new(MatchKind.Different, $"{a.Name} came back as {Short(seen)} for {Short(sent)}");

    private static bool KindFits(string type, JsonValueKind kind) => type switch
    {
        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        "integer" or "decimal" => kind == JsonValueKind.Number,
        _ => kind == JsonValueKind.String,
    };

    private static string JsonKindOf(string type) => type switch
    {
        "boolean" => "boolean",
        "integer" or "decimal" => "number",
        _ => "string",
    };

    private static DateTimeOffset? Instant(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at : null;

    private static byte[]? Bytes(string text)
    {
        try { return Convert.FromBase64String(text); }
        catch (FormatException) { return null; }
    }

    private static string KindOf(JsonNode node) => node switch
    {
        JsonArray => "an array",
        JsonObject => "an object",
        JsonValue v => "a JSON " + v.GetValueKind().ToString().ToLowerInvariant(),
        _ => "something else",
    };

    private static string Short(JsonNode node) => Clip(node.ToJsonString());

    private static string Clip(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
