using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Filtering;

/// <summary>
/// Comparisons that parse but that RFC 7644 §3.4.2.2 makes an invalidFilter (400) for the attribute's type.
/// Only cases the RFC settles are rejected; other type mismatches (e.g. "co" on an integer) simply match nothing.
/// </summary>
internal static class FilterRules
{
    public static void Check(Comparison comparison, AttributeDefinition? definition)
    {
        if (definition is null) return;
        var op = comparison.Operator.ToString().ToLowerInvariant();
        var path = comparison.Path.ToString();
        var type = definition.Type;
        if (type == "complex" && definition.SubAttributes.Count > 0)
        {
            definition = definition.Sub("value")
                ?? throw new FilterSemanticException($"'{path}' is complex and has no \"value\" sub-attribute to compare; filter on one of its sub-attributes.");
            type = definition.Type;
        }
        if (ValueComparer.IsOrdering(comparison.Operator) && type is "boolean" or "binary")
            throw new FilterSemanticException($"'{op}' is not defined for {type} attribute '{path}' (RFC 7644 §3.4.2.2).");
        if (type == "dateTime" && comparison.Value is { } value && value.TryGetValue<string>(out var text)
            && comparison.Operator is not (ComparisonOperator.Co or ComparisonOperator.Sw or ComparisonOperator.Ew)
            && !ScimDateTime.TryParse(text, out _))
            throw new FilterSemanticException($"'{text}' is not a dateTime, so '{path} {op}' cannot compare it chronologically.");
    }
}
