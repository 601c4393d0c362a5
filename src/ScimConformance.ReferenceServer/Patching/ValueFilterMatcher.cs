using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Patching;

/// <summary>Evaluates a PATCH path's value filter against one value of a multi-valued complex attribute.</summary>
internal static class ValueFilterMatcher
{
    public static bool Matches(FilterNode filter, JsonObject element, SchemaAttribute parent) => filter switch
    {
        LogicalFilter logical => logical.IsAnd
            ? Matches(logical.Left, element, parent) && Matches(logical.Right, element, parent)
            : Matches(logical.Left, element, parent) || Matches(logical.Right, element, parent),
        NotFilter not => !Matches(not.Inner, element, parent),
        ComparisonFilter comparison => Compare(comparison, element, parent),
        _ => throw FilterErrors.Invalid("A value filter cannot contain another value filter."),
    };

    private static bool Compare(ComparisonFilter node, JsonObject element, SchemaAttribute parent)
    {
        var name = node.AttributePath.StartsWith(parent.Name + ".", StringComparison.OrdinalIgnoreCase)
            ? node.AttributePath[(parent.Name.Length + 1)..]
            : node.AttributePath;
        var sub = parent.FindSub(name) ?? throw FilterErrors.Invalid($"'{parent.Name}' has no sub-attribute '{name}'.");
        var actual = element[sub.Name] as JsonValue;
        if (node.IsPresence)
        {
            return actual is not null && !(actual.TryGetValue(out string? s) && s.Length == 0);
        }

        if (node.ValueIsNull)
        {
            return node.Operator == "eq" ? actual is null : actual is not null;
        }

        if (actual is null)
        {
            return node.Operator == "ne";
        }

        var expected = node.Value!;
        return sub.Type switch
        {
            "boolean" => CompareBoolean(node.Operator, actual, expected),
            "integer" or "decimal" => Ordered(node.Operator, actual.GetValue<decimal>().CompareTo(expected.GetValue<decimal>())),
            _ => CompareText(node.Operator, Text(actual), Text(expected), sub),
        };
    }

    private static bool CompareBoolean(string op, JsonValue actual, JsonValue expected)
    {
        var equal = actual.GetValueKind() == expected.GetValueKind();
        return op switch
        {
            "eq" => equal,
            "ne" => !equal,
            _ => throw FilterErrors.Invalid("Boolean sub-attributes support only eq, ne and pr."),
        };
    }

    private static bool CompareText(string op, string actual, string expected, SchemaAttribute sub)
    {
        if (sub.Type == "dateTime" && TimestampFormat.TryNormalize(actual, out var a) && TimestampFormat.TryNormalize(expected, out var e))
        {
            (actual, expected) = (a, e);
        }
        else if (!sub.CaseExact)
        {
            (actual, expected) = (ScimDatabase.Fold(actual)!, ScimDatabase.Fold(expected)!);
        }

        return op switch
        {
            "co" => actual.Contains(expected, StringComparison.Ordinal),
            "sw" => actual.StartsWith(expected, StringComparison.Ordinal),
            "ew" => actual.EndsWith(expected, StringComparison.Ordinal),
            _ => Ordered(op, string.CompareOrdinal(actual, expected)),
        };
    }

    private static bool Ordered(string op, int comparison) => op switch
    {
        "eq" => comparison == 0,
        "ne" => comparison != 0,
        "gt" => comparison > 0,
        "ge" => comparison >= 0,
        "lt" => comparison < 0,
        "le" => comparison <= 0,
        _ => throw FilterErrors.Invalid($"Operator '{op}' cannot be used on this sub-attribute."),
    };

    private static string Text(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
}
