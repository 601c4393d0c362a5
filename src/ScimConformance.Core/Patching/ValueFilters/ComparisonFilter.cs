using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching.ValueFilters;

/// <summary>
/// attrExp of RFC 7644 §3.4.2.2 evaluated against one value. Strings honour the sub-attribute's caseExact;
/// dateTimes compare as instants; numbers as decimals; booleans support only eq/ne.
/// </summary>
internal sealed record ComparisonFilter(AttributeDefinition Attribute, bool ElementIsValue, string Operator, JsonNode? Literal) : IValueFilter
{
    public bool Matches(JsonNode? element)
    {
        var actual = ElementIsValue ? element : element is JsonObject o ? JsonMembers.Get(o, Attribute.Name) : null;
        var unassigned = JsonMembers.IsUnassigned(actual);
        if (Operator == "pr") return !unassigned;
        if (Literal is null) return Operator == "eq" ? unassigned : !unassigned;
        if (unassigned) return Operator == "ne";
        if (actual is not JsonValue value) return false;
        return Operator switch
        {
            "eq" => Compare(value) == 0,
            "ne" => Compare(value) != 0,
            "gt" => Compare(value) > 0,
            "ge" => Compare(value) >= 0,
            "lt" => Compare(value) < 0,
            "le" => Compare(value) <= 0,
            "co" => Text(value) is { } s && s.Contains(LiteralText, Comparison),
            "sw" => Text(value) is { } s && s.StartsWith(LiteralText, Comparison),
            "ew" => Text(value) is { } s && s.EndsWith(LiteralText, Comparison),
            _ => false,
        };
    }

    private StringComparison Comparison => Attribute.CaseExact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
    private string LiteralText => Literal!.GetValue<string>();

    private static string? Text(JsonValue value) => value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>Null when the stored value's JSON type cannot be compared with the literal (then nothing matches).</summary>
    private int? Compare(JsonValue value)
    {
        var literal = (JsonValue)Literal!;
        switch (Attribute.Type)
        {
            case "integer" or "decimal" when value.GetValueKind() == JsonValueKind.Number:
                return value.GetValue<decimal>().CompareTo(literal.GetValue<decimal>());
            case "boolean" when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return value.GetValue<bool>() == literal.GetValue<bool>() ? 0 : 1;
            case "dateTime" when Text(value) is { } stored && Instant(stored) is { } storedAt && Instant(LiteralText) is { } literalAt:
                return storedAt.CompareTo(literalAt);
            default:
                return Text(value) is { } s ? string.Compare(s, LiteralText, Comparison) : null;
        }
    }

    internal static DateTimeOffset? Instant(string text)
    {
        try
        {
            return XmlConvert.ToDateTimeOffset(text);
        }
        catch (FormatException)
        {
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        }
    }
}
