using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>
/// Translates a parsed filter into SQL over the JSON column (json_extract / json_each), applying each
/// attribute's type and caseExact characteristic. Every predicate yields 0 or 1, never NULL, so that
/// "not" behaves on absent attributes.
/// </summary>
internal sealed class SqlFilterTranslator
{
    private readonly ResourceKind _kind;
    private readonly SqlFilterOptions _options;
    private readonly List<KeyValuePair<string, object>> _parameters = [];
    private int _aliases;

    private SqlFilterTranslator(ResourceKind kind, SqlFilterOptions options)
    {
        _kind = kind;
        _options = options;
    }

    /// <param name="filter">The parsed filter, or null for no filter.</param>
    /// <param name="kind">The resource type filtered.</param>
    /// <param name="eqCaseSensitive">The filter-eq-case-sensitive defect: eq ignores caseExact=false.</param>
    /// <param name="neIncludesMissingMultiValued">The filter-ne-includes-missing-multivalued defect: ne on a multi-valued attribute also matches resources that lack it.</param>
    public static SqlFilter Translate(FilterNode? filter, ResourceKind kind, bool eqCaseSensitive = false, bool neIncludesMissingMultiValued = false) =>
        Translate(filter, kind, new SqlFilterOptions { EqCaseSensitive = eqCaseSensitive, NeIncludesMissingMultiValued = neIncludesMissingMultiValued });

    public static SqlFilter Translate(FilterNode? filter, ResourceKind kind, SqlFilterOptions options)
    {
        if (filter is null)
        {
            return SqlFilter.MatchAll;
        }

        var translator = new SqlFilterTranslator(kind, options);
        var sql = translator.Visit(filter, null);
        return new SqlFilter(sql, translator._parameters);
    }

    private sealed record ElementScope(string Expression, SchemaAttribute Parent);

    private string Visit(FilterNode node, ElementScope? scope) => node switch
    {
        LogicalFilter logical => VisitLogical(logical, scope),
        NotFilter not => $"(NOT {Visit(not.Inner, scope)})",
        ValuePathFilter valuePath => VisitValuePath(valuePath, scope),
        ComparisonFilter comparison => scope is null ? VisitRootComparison(comparison) : VisitElementComparison(comparison, scope),
        _ => throw FilterErrors.Invalid("Unsupported filter expression."),
    };

    private string VisitLogical(LogicalFilter node, ElementScope? scope)
    {
        var sql = $"({Visit(node.Left, scope)} {(node.IsAnd ? "AND" : "OR")} {Visit(node.Right, scope)})";
        // Each side of an "or" carries its own index hint, but SQLite only searches an index for an OR whose
        // every side constrains the same column ("userName eq a or userName eq b"), so that condition is added in front.
        return !node.IsAnd && scope is null && Hint(node) is { } hint ? $"({hint} AND {sql})" : sql;
    }

    /// <summary>An indexed-column condition every match of the filter satisfies, or null when there is none.</summary>
    private string? Hint(FilterNode node)
    {
        switch (node)
        {
            case LogicalFilter { IsAnd: true } and:
                return Hint(and.Left) ?? Hint(and.Right);
            case LogicalFilter or:
                return Hint(or.Left) is { } left && Hint(or.Right) is { } right ? $"({left} OR {right})" : null;
            case ComparisonFilter comparison when !Lenient(comparison.AttributePath) && !IgnoredUrnPath(comparison.AttributePath):
                var reference = Resolve(comparison.AttributePath);
                return IndexedColumns.Hint(reference, comparison, _options.EqCaseSensitive, Parameter, _options.UnpreparedLiterals)
                    ?? EmailIndex.Hint(_kind, reference, comparison, _options.EqCaseSensitive, Parameter);
            case ValuePathFilter valuePath when !Lenient(valuePath.AttributePath) && !IgnoredUrnPath(valuePath.AttributePath):
                return EmailIndex.ValuePathHint(_kind, Resolve(valuePath.AttributePath), valuePath.Inner, _options.EqCaseSensitive, Parameter);
            default:
                return null;
        }
    }

    private string VisitValuePath(ValuePathFilter node, ElementScope? scope)
    {
        if (scope is not null)
        {
            throw FilterErrors.Invalid($"A value filter cannot be nested inside another ('{node.AttributePath}[...]').");
        }

        if (Lenient(node.AttributePath))
        {
            return "0";
        }

        var reference = Resolve(node.AttributePath);
        if (IgnoredUrnPath(node.AttributePath))
        {
            return "1";
        }

        if (!reference.Attribute.IsComplex || reference.SubAttribute is not null)
        {
            throw FilterErrors.Invalid($"'{node.AttributePath}' is not a complex attribute, so it cannot take a [value filter].");
        }

        if (!reference.Attribute.MultiValued)
        {
            var objectExpression = $"json_extract(r.json, '{reference.JsonPath}')";
            return Visit(node.Inner, new ElementScope(objectExpression, reference.Attribute));
        }

        var alias = NextAlias();
        var inner = Visit(node.Inner, new ElementScope($"{alias}.value", reference.Attribute));
        var anyElement = $"EXISTS (SELECT 1 FROM json_each(r.json, '{reference.JsonPath}') AS {alias} WHERE {inner})";
        return EmailIndex.ValuePathHint(_kind, reference, node.Inner, _options.EqCaseSensitive, Parameter) is { } hint ? $"({hint} AND {anyElement})" : anyElement;
    }

    private string VisitElementComparison(ComparisonFilter node, ElementScope scope)
    {
        var sub = scope.Parent.FindSub(node.AttributePath)
            ?? throw FilterErrors.Invalid($"'{scope.Parent.Name}' has no sub-attribute '{node.AttributePath}'.");
        return Compare($"json_extract({scope.Expression}, '$.\"{sub.Name}\"')", sub, node);
    }

    private string VisitRootComparison(ComparisonFilter node)
    {
        if (Lenient(node.AttributePath))
        {
            // An attribute the resource type lacks has no value: only ne (and eq null) hold on it.
            return (node.Operator == "ne" && !node.ValueIsNull) || (node.Operator == "eq" && node.ValueIsNull) ? "1" : "0";
        }

        var reference = Resolve(node.AttributePath);
        if (IgnoredUrnPath(node.AttributePath))
        {
            return "1";
        }

        var attribute = reference.Attribute;
        if (!attribute.MultiValued)
        {
            var path = reference.SubAttribute is null ? reference.JsonPath : $"{reference.JsonPath}.\"{reference.SubAttribute.Name}\"";
            var compared = Compare($"json_extract(r.json, '{path}')", reference.Target, node);
            return IndexedColumns.Hint(reference, node, _options.EqCaseSensitive, Parameter, _options.UnpreparedLiterals) is { } hint ? $"({hint} AND {compared})" : compared;
        }

        if (node.IsPresence && reference.SubAttribute is null)
        {
            return $"(coalesce(json_array_length(r.json, '{reference.JsonPath}'), 0) > 0)";
        }

        // A filter on a multi-valued attribute matches when any one value satisfies it; for a complex one
        // without a sub-attribute, the comparison is on its "value" sub-attribute.
        var alias = NextAlias();
        string predicate;
        if (attribute.IsComplex)
        {
            var target = reference.SubAttribute ?? attribute.FindSub("value")
                ?? throw FilterErrors.Invalid($"'{node.AttributePath}' is complex; name one of its sub-attributes.");
            predicate = Compare($"json_extract({alias}.value, '$.\"{target.Name}\"')", target, node);
        }
        else
        {
            predicate = Compare($"{alias}.value", attribute, node);
        }

        var anyValue = $"EXISTS (SELECT 1 FROM json_each(r.json, '{reference.JsonPath}') AS {alias} WHERE {predicate})";

        // The defect mimics an outer join with a null-tolerant "<>": a resource with no values at all counts as "not equal".
        if (_options.NeIncludesMissingMultiValued && node.Operator == "ne")
        {
            return $"({anyValue} OR coalesce(json_array_length(r.json, '{reference.JsonPath}'), 0) = 0)";
        }

        return EmailIndex.Hint(_kind, reference, node, _options.EqCaseSensitive, Parameter) is { } emailHint ? $"({emailHint} AND {anyValue})" : anyValue;
    }

    private bool Lenient(string path) => _options.UnknownAttributesAbsent && AttributeResolver.Resolve(_kind, path) is null;

    // The filter-urn-path-ignored defect drops a clause whose path carries a schema URN, as a server that only knows bare names would.
    private bool IgnoredUrnPath(string path) => _options.UrnPathIgnored && path.StartsWith("urn:", StringComparison.OrdinalIgnoreCase);

    private AttributeRef Resolve(string path) =>
        AttributeResolver.Resolve(_kind, path)
        ?? throw FilterErrors.Invalid($"'{path}' is not an attribute of the {_kind.Name} resource type.");

    private string Compare(string expression, SchemaAttribute attribute, ComparisonFilter node)
    {
        if (node.IsPresence)
        {
            return attribute.Type is "string" or "reference" or "binary" && !_options.PresenceMatchesEmpty
                ? $"coalesce({expression} IS NOT NULL AND {expression} <> '', 0)"
                : $"({expression} IS NOT NULL)";
        }

        if (node.ValueIsNull)
        {
            return node.Operator switch
            {
                "eq" => $"({expression} IS NULL)",
                "ne" => $"({expression} IS NOT NULL)",
                _ => throw FilterErrors.Invalid($"null can only be compared with eq or ne (attribute '{node.AttributePath}')."),
            };
        }

        return attribute.Type switch
        {
            "complex" => throw FilterErrors.Invalid($"'{node.AttributePath}' is complex; compare one of its sub-attributes."),
            "boolean" => CompareBoolean(expression, node),
            "integer" or "decimal" => CompareNumber(expression, node),
            "dateTime" => CompareDateTime(expression, node),
            _ => CompareText(expression, attribute, node),
        };
    }

    private string CompareBoolean(string expression, ComparisonFilter node)
    {
        if (node.Operator is not ("eq" or "ne") || node.Value?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw FilterErrors.Invalid($"Boolean attribute '{node.AttributePath}' supports only eq, ne and pr with true or false.");
        }

        var bit = node.Value.GetValueKind() == JsonValueKind.True ? 1 : 0;
        return Ordered(expression, node.Operator, Parameter(bit));
    }

    private string CompareNumber(string expression, ComparisonFilter node)
    {
        if (node.Value?.GetValueKind() != JsonValueKind.Number || node.Operator is "co" or "sw" or "ew")
        {
            throw FilterErrors.Invalid($"Numeric attribute '{node.AttributePath}' needs a number and one of eq, ne, gt, ge, lt, le.");
        }

        object number = node.Value.TryGetValue(out long integer) ? integer : (double)node.Value.GetValue<decimal>();
        return Ordered(expression, node.Operator, Parameter(number));
    }

    private string CompareDateTime(string expression, ComparisonFilter node)
    {
        if (!node.Value!.TryGetValue(out string? text) || !TimestampFormat.TryNormalize(text, out var normalized))
        {
            throw FilterErrors.Invalid($"'{node.AttributePath}' is a dateTime; compare it with an xsd:dateTime string.");
        }

        return node.Operator is "co" or "sw" or "ew"
            ? Text(expression, node.Operator, Parameter(text))
            : Ordered(expression, node.Operator, Parameter(_options.DateTimeAsText ? text : normalized));
    }

    private string CompareText(string expression, SchemaAttribute attribute, ComparisonFilter node)
    {
        if (attribute.Type == "binary" && node.Operator is "gt" or "ge" or "lt" or "le")
        {
            throw FilterErrors.Invalid($"Binary attribute '{node.AttributePath}' cannot be ordered with {node.Operator}.");
        }

        var value = node.Value!.GetValueKind() == JsonValueKind.String
            ? node.Value.GetValue<string>()
            : node.Value.ToJsonString();
        var fold = !attribute.CaseExact && !(node.Operator == "eq" && _options.EqCaseSensitive);
        // Compared without folding (caseExact, or the case-sensitive eq defect), strings are still prepared to NFC (RFC 7644 §7.8).
        var compose = !fold && !_options.UnpreparedLiterals;
        var left = fold ? $"scim_fold({expression})" : compose ? $"scim_compose({expression})" : expression;
        var right = Parameter(fold ? Folded(value) : compose ? ScimDatabase.Composed(value)! : value);
        var op = node.Operator == "co" && _options.ContainsAsStartsWith ? "sw" : node.Operator;
        return op is "co" or "sw" or "ew" ? Text(left, op, right) : Ordered(left, op, right);
    }

    private static string Ordered(string left, string op, string right) => op switch
    {
        "eq" => $"coalesce({left} = {right}, 0)",
        "ne" => $"coalesce({left} <> {right}, 1)",
        "gt" => $"coalesce({left} > {right}, 0)",
        "ge" => $"coalesce({left} >= {right}, 0)",
        "lt" => $"coalesce({left} < {right}, 0)",
        "le" => $"coalesce({left} <= {right}, 0)",
        _ => throw FilterErrors.Invalid($"Operator '{op}' is not supported here."),
    };

    private static string Text(string left, string op, string right) => op switch
    {
        "co" => $"coalesce(instr({left}, {right}) > 0, 0)",
        "sw" => $"coalesce(substr({left}, 1, length({right})) = {right}, 0)",
        _ => $"coalesce(length({right}) = 0 OR substr({left}, -length({right})) = {right}, 0)",
    };

    /// <summary>A literal compared without regard to case, folded as the stored side is (case-folded only under the username-unprepared defect).</summary>
    private string Folded(string value) => (_options.UnpreparedLiterals ? ScimDatabase.FoldCase(value) : ScimDatabase.Fold(value))!;

    private string Parameter(object value)
    {
        var name = "$f" + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        _parameters.Add(new KeyValuePair<string, object>(name, value));
        return name;
    }

    private string NextAlias() => "e" + (_aliases++).ToString(CultureInfo.InvariantCulture);
}
