using ScimConformance.ReferenceServer.Filtering;

namespace ScimConformance.ReferenceServer.Defects.Seams;

/// <summary>The partial filter languages of the filter quirks: each refuses what it does not understand with 400 invalidFilter.</summary>
internal static class FilterSubsets
{
    /// <summary>filter-no-nested-parentheses: one level of grouping, as a parser that reads "(" ... ")" without recursion.</summary>
    public static void RequireFlatGroups(string filter)
    {
        var depth = 0;
        foreach (var token in FilterLexer.Tokenize(filter))
        {
            depth += token.Kind switch { FilterTokenKind.OpenParen => 1, FilterTokenKind.CloseParen => -1, _ => 0 };
            if (depth > 1)
            {
                throw FilterErrors.Invalid($"Nested parentheses are not supported (position {token.Position + 1}).");
            }
        }
    }

    /// <summary>filter-eq-only: eq comparisons joined by and / or, nothing else.</summary>
    public static void RequireEqOnly(FilterNode filter)
    {
        Refuse(filter, c => c.Operator != "eq", "Only the eq operator is supported.");
        if (Any(filter, n => n is NotFilter))
        {
            throw FilterErrors.Invalid("The not operator is not supported.");
        }
    }

    /// <summary>Refuses a filter with any comparison the predicate picks.</summary>
    public static void Refuse(FilterNode filter, Func<ComparisonFilter, bool> refused, string detail)
    {
        if (Any(filter, n => n is ComparisonFilter c && refused(c)))
        {
            throw FilterErrors.Invalid(detail);
        }
    }

    private static bool Any(FilterNode node, Func<FilterNode, bool> predicate) => predicate(node) || node switch
    {
        LogicalFilter logical => Any(logical.Left, predicate) || Any(logical.Right, predicate),
        NotFilter not => Any(not.Inner, predicate),
        ValuePathFilter valuePath => Any(valuePath.Inner, predicate),
        _ => false,
    };
}
