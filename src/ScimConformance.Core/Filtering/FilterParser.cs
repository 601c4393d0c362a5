using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ScimConformance.Core.Filtering;

/// <summary>
/// Recursive-descent parser for the RFC 7644 §3.4.2.2 filter grammar (Figure 1). Precedence, loosest first:
/// or, and, not/grouping; "and" and "or" associate to the left. Operators and keywords are case-insensitive
/// (ABNF quoted strings); the literals true/false/null are lower case as in JSON.
/// </summary>
public sealed partial class FilterParser
{
    private readonly List<FilterToken> _tokens;
    private int _next;
    private bool _insideBrackets;

    private FilterParser(string text) => _tokens = FilterLexer.Tokenize(text);

    public static FilterNode Parse(string filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parser = new FilterParser(filter);
        if (parser.Peek.Kind == FilterTokenKind.End) throw new FilterParseException("empty filter", 0);
        var node = parser.ParseOr();
        if (parser.Peek.Kind != FilterTokenKind.End)
            throw new FilterParseException($"expected 'and', 'or' or end of filter, found {parser.Peek.Describe()}", parser.Peek.Position);
        return node;
    }

    /// <summary>Parses an attribute path alone ("name.familyName", "urn:...:User:manager.value").</summary>
    public static AttributePath ParsePath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ToPath(new FilterToken(FilterTokenKind.Word, path, 0, false));
    }

    private FilterToken Peek => _tokens[_next];

    private FilterToken Take() => _tokens[_next++];

    private FilterNode ParseOr()
    {
        var left = ParseAnd();
        while (Peek.IsWord("or"))
        {
            RequireSpaces(Take());
            left = new Or(left, ParseAnd());
        }
        return left;
    }

    private FilterNode ParseAnd()
    {
        var left = ParseUnary();
        while (Peek.IsWord("and"))
        {
            RequireSpaces(Take());
            left = new And(left, ParseUnary());
        }
        return left;
    }

    private FilterNode ParseUnary()
    {
        var token = Peek;
        if (token.Kind == FilterTokenKind.OpenParen)
        {
            Take();
            return ParseGroupRest();
        }
        if (token.IsWord("not") && _tokens[_next + 1].Kind == FilterTokenKind.OpenParen)
        {
            Take();
            Take();
            return new Not(ParseGroupRest());
        }
        if (token.Kind == FilterTokenKind.Word) return ParseAttributeExpression();
        throw new FilterParseException($"expected an attribute path, 'not' or '(', found {token.Describe()}", token.Position);
    }

    private FilterNode ParseGroupRest()
    {
        if (Peek.Kind == FilterTokenKind.CloseParen) throw new FilterParseException("empty parentheses", Peek.Position);
        var inner = ParseOr();
        if (Peek.Kind != FilterTokenKind.CloseParen)
            throw new FilterParseException($"expected ')', 'and' or 'or', found {Peek.Describe()}", Peek.Position);
        Take();
        return inner;
    }

    private FilterNode ParseAttributeExpression()
    {
        var pathToken = Take();
        var path = ToPath(pathToken);
        if (Peek.Kind == FilterTokenKind.OpenBracket) return ParseValuePath(path);

        var op = Peek;
        if (op.Kind != FilterTokenKind.Word || !op.SpacedBefore)
            throw new FilterParseException($"expected a comparison operator after '{pathToken.Text}'", op.Position);
        Take();
        if (op.IsWord("pr")) return new Presence(path);
        if (!Operators.TryGetValue(op.Text, out var comparison))
            throw new FilterParseException($"unknown operator '{op.Text}'; expected eq, ne, co, sw, ew, gt, lt, ge, le or pr", op.Position);
        return new Comparison(path, comparison, ParseValue(op));
    }

    private ValuePath ParseValuePath(AttributePath path)
    {
        var open = Take();
        if (_insideBrackets) throw new FilterParseException("value filters cannot be nested", open.Position);
        if (Peek.Kind == FilterTokenKind.CloseBracket) throw new FilterParseException("empty value filter", Peek.Position);
        _insideBrackets = true;
        var inner = ParseOr();
        _insideBrackets = false;
        if (Peek.Kind != FilterTokenKind.CloseBracket)
            throw new FilterParseException($"expected ']', 'and' or 'or', found {Peek.Describe()}", Peek.Position);
        Take();
        if (Peek.Kind == FilterTokenKind.Word && !Peek.SpacedBefore && Peek.Text.StartsWith('.'))
            throw new FilterParseException("a filter cannot select a sub-attribute after ']' (RFC 7644 valuePath)", Peek.Position);
        return new ValuePath(path, inner);
    }

    private JsonValue? ParseValue(FilterToken op)
    {
        var token = Take();
        if (token.Kind == FilterTokenKind.End)
            throw new FilterParseException($"expected a comparison value after '{op.Text}'", token.Position);
        if (!token.SpacedBefore)
            throw new FilterParseException($"expected a space before the comparison value", token.Position);
        switch (token.Kind)
        {
            case FilterTokenKind.String:
                return JsonValue.Create(token.StringValue);
            case FilterTokenKind.Number:
                return JsonNode.Parse(token.Text)!.AsValue();
            case FilterTokenKind.Word when token.Text == "true":
                return JsonValue.Create(true);
            case FilterTokenKind.Word when token.Text == "false":
                return JsonValue.Create(false);
            case FilterTokenKind.Word when token.Text == "null":
                return null;
            default:
                throw new FilterParseException(
                    $"expected a comparison value (string, number, true, false or null) after '{op.Text}', found {token.Describe()}", token.Position);
        }
    }

    private void RequireSpaces(FilterToken keyword)
    {
        if (!keyword.SpacedBefore) throw new FilterParseException($"expected a space before '{keyword.Text}'", keyword.Position);
        if (!Peek.SpacedBefore && Peek.Kind != FilterTokenKind.End)
            throw new FilterParseException($"expected a space after '{keyword.Text}'", Peek.Position);
        if (Peek.Kind == FilterTokenKind.End)
            throw new FilterParseException($"expected a filter after '{keyword.Text}'", Peek.Position);
    }

    private static readonly Dictionary<string, ComparisonOperator> Operators =
        Enum.GetValues<ComparisonOperator>().ToDictionary(o => o.ToString(), StringComparer.OrdinalIgnoreCase);

    private static AttributePath ToPath(FilterToken token)
    {
        var match = PathPattern().Match(token.Text);
        if (!match.Success) throw new FilterParseException($"invalid attribute path '{token.Text}'", token.Position);
        var urn = match.Groups["urn"].Success ? match.Groups["urn"].Value : null;
        var sub = match.Groups["sub"].Success ? match.Groups["sub"].Value : null;
        return new AttributePath(urn, match.Groups["name"].Value, sub);
    }

    // attrPath = [URI ":"] ATTRNAME *1subAttr; the URI must at least have a scheme. "$ref" is the one name RFC 7643 allows outside ATTRNAME.
    [GeneratedRegex(@"^(?:(?<urn>[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+):)?(?<name>[A-Za-z][A-Za-z0-9_\-]*|\$ref)(?:\.(?<sub>[A-Za-z][A-Za-z0-9_\-]*|\$ref))?$")]
    private static partial Regex PathPattern();
}
