using System.Globalization;
using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>
/// Recursive-descent parser for the filter grammar. Precedence: grouping, then not, then and, then or;
/// operators and keywords are case-insensitive.
/// </summary>
internal sealed class FilterParser
{
    private static readonly HashSet<string> ComparisonOperators =
        new(["eq", "ne", "co", "sw", "ew", "gt", "lt", "ge", "le"], StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlyList<FilterToken> _tokens;
    private readonly string _looseKeyword;
    private readonly string _tightKeyword;
    private int _next;

    private FilterParser(IReadOnlyList<FilterToken> tokens, bool orBindsTighter)
    {
        _tokens = tokens;
        _looseKeyword = orBindsTighter ? "and" : "or";
        _tightKeyword = orBindsTighter ? "or" : "and";
    }

    /// <param name="text">The filter text.</param>
    /// <param name="orBindsTighter">The filter-precedence-wrong defect: "or" groups before "and".</param>
    public static FilterNode Parse(string text, bool orBindsTighter = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw FilterErrors.Invalid("The filter is empty.");
        }

        var parser = new FilterParser(FilterLexer.Tokenize(text), orBindsTighter);
        var node = parser.ParseLoose();
        parser.Expect(FilterTokenKind.End);
        return node;
    }

    // The loose keyword is "or" and the tight one "and", unless the precedence defect swaps them.
    private FilterNode ParseLoose()
    {
        var left = ParseTight();
        while (IsKeyword(_looseKeyword))
        {
            _next++;
            left = new LogicalFilter(_looseKeyword == "and", left, ParseTight());
        }

        return left;
    }

    private FilterNode ParseTight()
    {
        var left = ParseUnary();
        while (IsKeyword(_tightKeyword))
        {
            _next++;
            left = new LogicalFilter(_tightKeyword == "and", left, ParseUnary());
        }

        return left;
    }

    private FilterNode ParseUnary()
    {
        if (IsKeyword("not") && Peek(1).Kind == FilterTokenKind.OpenParen)
        {
            _next++;
            return new NotFilter(ParseGroup());
        }

        return Peek().Kind == FilterTokenKind.OpenParen ? ParseGroup() : ParseAttributeExpression();
    }

    private FilterNode ParseGroup()
    {
        Expect(FilterTokenKind.OpenParen);
        var inner = ParseLoose();
        Expect(FilterTokenKind.CloseParen);
        return inner;
    }

    private FilterNode ParseAttributeExpression()
    {
        var path = Expect(FilterTokenKind.Word);
        if (Peek().Kind == FilterTokenKind.OpenBracket)
        {
            _next++;
            var inner = ParseLoose();
            Expect(FilterTokenKind.CloseBracket);
            return new ValuePathFilter(path.Text, inner);
        }

        var op = Expect(FilterTokenKind.Word);
        var opName = op.Text.ToLowerInvariant();
        if (opName == "pr")
        {
            return new ComparisonFilter(path.Text, "pr", null, false);
        }

        if (!ComparisonOperators.Contains(opName))
        {
            throw FilterErrors.Invalid($"Unknown operator {FilterLexer.Describe(op)} after attribute '{path.Text}'.");
        }

        var value = Next();
        return value.Kind switch
        {
            FilterTokenKind.String => new ComparisonFilter(path.Text, opName, JsonValue.Create(value.Text), false),
            FilterTokenKind.Number => new ComparisonFilter(path.Text, opName, ParseNumber(value), false),
            FilterTokenKind.Word when value.Text == "true" => new ComparisonFilter(path.Text, opName, JsonValue.Create(true), false),
            FilterTokenKind.Word when value.Text == "false" => new ComparisonFilter(path.Text, opName, JsonValue.Create(false), false),
            FilterTokenKind.Word when value.Text == "null" => new ComparisonFilter(path.Text, opName, null, true),
            _ => throw FilterErrors.Invalid($"Expected a value (string, number, true, false or null) but found {FilterLexer.Describe(value)}."),
        };
    }

    private static JsonValue ParseNumber(FilterToken token)
    {
        if (long.TryParse(token.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }

        if (decimal.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        throw FilterErrors.Invalid($"'{token.Text}' is not a valid number.");
    }

    private bool IsKeyword(string keyword) =>
        Peek().Kind == FilterTokenKind.Word && string.Equals(Peek().Text, keyword, StringComparison.OrdinalIgnoreCase);

    private FilterToken Peek(int ahead = 0) => _tokens[Math.Min(_next + ahead, _tokens.Count - 1)];

    private FilterToken Next() => _tokens[Math.Min(_next++, _tokens.Count - 1)];

    private FilterToken Expect(FilterTokenKind kind)
    {
        var token = Next();
        if (token.Kind != kind)
        {
            throw FilterErrors.Invalid($"Expected {Expected(kind)} but found {FilterLexer.Describe(token)} at position {token.Position + 1}.");
        }

        return token;
    }

    private static string Expected(FilterTokenKind kind) => kind switch
    {
        FilterTokenKind.Word => "an attribute name or operator",
        FilterTokenKind.CloseParen => "')'",
        FilterTokenKind.CloseBracket => "']'",
        FilterTokenKind.OpenParen => "'('",
        FilterTokenKind.End => "the end of the filter",
        _ => kind.ToString(),
    };
}
