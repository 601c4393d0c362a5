using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimConformance.Core.Filtering;

/// <summary>
/// Compares one attribute value with a filter's comparison value according to the attribute's type
/// (RFC 7644 §3.4.2.2): strings honour caseExact, numbers compare numerically, dateTimes chronologically.
/// Values of a different JSON kind than the type expects never match.
/// </summary>
internal static class ValueComparer
{
    public static bool Matches(JsonNode actual, ComparisonOperator op, JsonValue operand, string type, bool caseExact)
    {
        if (actual is not JsonValue value) return false;
        return type switch
        {
            "integer" or "decimal" => CompareNumbers(value, op, operand),
            "boolean" => CompareBooleans(value, op, operand),
            "dateTime" when IsOrdering(op) || op is ComparisonOperator.Eq or ComparisonOperator.Ne => CompareInstants(value, op, operand),
            "binary" => CompareStrings(value, op, operand, StringComparison.Ordinal),
            _ => CompareStrings(value, op, operand, caseExact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase),
        };
    }

    public static bool IsOrdering(ComparisonOperator op) =>
        op is ComparisonOperator.Gt or ComparisonOperator.Ge or ComparisonOperator.Lt or ComparisonOperator.Le;

    /// <summary>The SCIM type a value looks like, for attributes the schema does not define.</summary>
    public static string InferType(JsonNode actual) => actual is JsonValue v
        ? v.GetValueKind() switch
        {
            JsonValueKind.Number => "decimal",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "string",
        }
        : "complex";

    private static bool CompareStrings(JsonValue value, ComparisonOperator op, JsonValue operand, StringComparison comparison)
    {
        if (!value.TryGetValue<string>(out var a) || !operand.TryGetValue<string>(out var b)) return false;
        return op switch
        {
            ComparisonOperator.Eq => string.Equals(a, b, comparison),
            ComparisonOperator.Ne => !string.Equals(a, b, comparison),
            ComparisonOperator.Co => a.Contains(b, comparison),
            ComparisonOperator.Sw => a.StartsWith(b, comparison),
            ComparisonOperator.Ew => a.EndsWith(b, comparison),
            _ => Ordered(string.Compare(a, b, comparison), op),
        };
    }

    private static bool CompareNumbers(JsonValue value, ComparisonOperator op, JsonValue operand)
    {
        if (value.GetValueKind() != JsonValueKind.Number || operand.GetValueKind() != JsonValueKind.Number) return false;
        // Substring operators have no numeric meaning; such a filter selects nothing.
        if (op is ComparisonOperator.Co or ComparisonOperator.Sw or ComparisonOperator.Ew) return false;
        // Read from the JSON text: values built in code (JsonValue.Create(5)) do not convert between numeric CLR types.
        string a = value.ToJsonString(), b = operand.ToJsonString();
        var order = decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            ? x.CompareTo(y)
            : double.Parse(a, CultureInfo.InvariantCulture).CompareTo(double.Parse(b, CultureInfo.InvariantCulture));
        return op switch
        {
            ComparisonOperator.Eq => order == 0,
            ComparisonOperator.Ne => order != 0,
            _ => Ordered(order, op),
        };
    }

    private static bool CompareBooleans(JsonValue value, ComparisonOperator op, JsonValue operand)
    {
        if (!value.TryGetValue<bool>(out var a) || !operand.TryGetValue<bool>(out var b)) return false;
        return op switch
        {
            ComparisonOperator.Eq => a == b,
            ComparisonOperator.Ne => a != b,
            _ => false,
        };
    }

    private static bool CompareInstants(JsonValue value, ComparisonOperator op, JsonValue operand)
    {
        if (!value.TryGetValue<string>(out var a) || !operand.TryGetValue<string>(out var b)) return false;
        if (!ScimDateTime.TryParse(a, out var actual) || !ScimDateTime.TryParse(b, out var expected)) return false;
        var order = actual.CompareTo(expected);
        return op switch
        {
            ComparisonOperator.Eq => order == 0,
            ComparisonOperator.Ne => order != 0,
            _ => Ordered(order, op),
        };
    }

    private static bool Ordered(int order, ComparisonOperator op) => op switch
    {
        ComparisonOperator.Gt => order > 0,
        ComparisonOperator.Ge => order >= 0,
        ComparisonOperator.Lt => order < 0,
        ComparisonOperator.Le => order <= 0,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not an ordering operator"),
    };
}
