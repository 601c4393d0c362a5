using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Core.Patching.ValueFilters;

/// <summary>
/// A small recursive-descent parser for the valFilter grammar (RFC 7644 §3.4.2.2): attrExp, and/or
/// (and binds tighter), not(...), parentheses. Private to PATCH until the shared filter oracle is ready.
/// </summary>
internal sealed class ValueFilterParser : IValueFilterParser
{
    private static readonly string[] Operators = ["eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le", "pr"];

    public IValueFilter Parse(string expression, AttributeDefinition multiValuedAttribute)
    {
        ArgumentNullException.ThrowIfNull(expression);
        ArgumentNullException.ThrowIfNull(multiValuedAttribute);
        var cursor = new Cursor(FilterTokenizer.Tokenize(expression), multiValuedAttribute);
        if (cursor.Peek.Kind == FilterTokenKind.End) throw new ValueFilterException("The value filter is empty.");
        var filter = cursor.Or();
        if (cursor.Peek.Kind != FilterTokenKind.End) throw new ValueFilterException($"Unexpected \"{cursor.Peek.Text}\" in the value filter.");
        return filter;
    }

    private sealed class Cursor(List<FilterToken> tokens, AttributeDefinition attribute)
    {
        private int position;

        public FilterToken Peek => tokens[position];

        private FilterToken Next() => tokens[position++];

        public IValueFilter Or()
        {
            var left = And();
            while (Peek.IsWord("or")) { Next(); left = new OrFilter(left, And()); }
            return left;
        }

        private IValueFilter And()
        {
            var left = Unary();
            while (Peek.IsWord("and")) { Next(); left = new AndFilter(left, Unary()); }
            return left;
        }

        private IValueFilter Unary()
        {
            if (Peek.IsWord("not"))
            {
                Next();
                if (Peek.Kind != FilterTokenKind.OpenParen) throw new ValueFilterException("\"not\" must be followed by a parenthesised filter.");
                return new NotFilter(Group());
            }
            return Peek.Kind == FilterTokenKind.OpenParen ? Group() : Comparison();
        }

        private IValueFilter Group()
        {
            Next();
            var inner = Or();
            if (Next().Kind != FilterTokenKind.CloseParen) throw new ValueFilterException("A parenthesis is not closed.");
            return inner;
        }

        private ComparisonFilter Comparison()
        {
            var name = Next();
            if (name.Kind != FilterTokenKind.Word) throw new ValueFilterException($"Expected an attribute name, found \"{name.Text}\".");
            var (target, elementIsValue) = Resolve(name.Text);
            var op = Next();
            var opName = op.Text.ToLowerInvariant();
            if (op.Kind != FilterTokenKind.Word || !Operators.Contains(opName))
                throw new ValueFilterException($"Expected a comparison operator after \"{name.Text}\", found \"{op.Text}\".");
            if (opName == "pr") return new ComparisonFilter(target, elementIsValue, opName, null);
            var literal = Next();
            if (literal.Kind != FilterTokenKind.Literal) throw new ValueFilterException($"Expected a value after \"{name.Text} {op.Text}\".");
            CheckCompatible(target, opName, literal.Literal);
            return new ComparisonFilter(target, elementIsValue, opName, literal.Literal);
        }

        /// <summary>Complex values are filtered by sub-attribute; a simple multi-valued attribute's values are named "value".</summary>
        private (AttributeDefinition Target, bool ElementIsValue) Resolve(string name)
        {
            var local = name.StartsWith(attribute.Name + ".", StringComparison.OrdinalIgnoreCase) ? name[(attribute.Name.Length + 1)..] : name;
            if (attribute.Type == "complex")
                return (attribute.Sub(local) ?? throw new ValueFilterException($"\"{attribute.Name}\" has no sub-attribute \"{local}\"."), false);
            if (string.Equals(local, "value", StringComparison.OrdinalIgnoreCase))
                return (attribute with { MultiValued = false }, true);
            throw new ValueFilterException($"Values of \"{attribute.Name}\" can only be filtered as \"value\".");
        }

        private static void CheckCompatible(AttributeDefinition target, string op, JsonNode? literal)
        {
            if (literal is null)
            {
                if (op is not ("eq" or "ne")) throw new ValueFilterException($"null can only be compared with eq or ne.");
                return;
            }
            var kind = literal.GetValueKind();
            var expected = target.Type switch
            {
                "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
                "integer" or "decimal" => kind == JsonValueKind.Number,
                "complex" => false,
                _ => kind == JsonValueKind.String,
            };
            if (!expected) throw new ValueFilterException($"{literal.ToJsonString()} cannot be compared with {target.Type} attribute \"{target.Name}\".");
            if (target.Type == "boolean" && op is not ("eq" or "ne"))
                throw new ValueFilterException($"Boolean attribute \"{target.Name}\" supports only eq and ne.");
            if (target.Type is "integer" or "decimal" && op is "co" or "sw" or "ew")
                throw new ValueFilterException($"Numeric attribute \"{target.Name}\" does not support {op}.");
        }
    }
}
