using System.Text;
using System.Text.Json;

namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>Splits a filter expression into tokens; string literals are JSON strings (RFC 7159 escapes).</summary>
internal static class FilterLexer
{
    public static IReadOnlyList<FilterToken> Tokenize(string text)
    {
        var tokens = new List<FilterToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var single = c switch
            {
                '(' => FilterTokenKind.OpenParen,
                ')' => FilterTokenKind.CloseParen,
                '[' => FilterTokenKind.OpenBracket,
                ']' => FilterTokenKind.CloseBracket,
                _ => (FilterTokenKind?)null,
            };
            if (single is { } kind)
            {
                tokens.Add(new FilterToken(kind, c.ToString(), i++));
            }
            else if (c == '"')
            {
                tokens.Add(ReadString(text, ref i));
            }
            else if (c == '-' || char.IsAsciiDigit(c))
            {
                tokens.Add(ReadWhile(text, ref i, FilterTokenKind.Number, ch => char.IsAsciiDigit(ch) || ch is '.' or '-' or '+' or 'e' or 'E'));
            }
            else if (IsWordChar(c))
            {
                tokens.Add(ReadWhile(text, ref i, FilterTokenKind.Word, IsWordChar));
            }
            else
            {
                throw FilterErrors.Invalid($"Unexpected character '{c}' at position {i + 1} of the filter.");
            }
        }

        tokens.Add(new FilterToken(FilterTokenKind.End, "", text.Length));
        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '$' or '_' or '-' or ':' or '.';

    private static FilterToken ReadWhile(string text, ref int i, FilterTokenKind kind, Func<char, bool> accept)
    {
        var start = i;
        while (i < text.Length && accept(text[i]))
        {
            i++;
        }

        return new FilterToken(kind, text[start..i], start);
    }

    private static FilterToken ReadString(string text, ref int i)
    {
        var start = i++;
        var escaped = false;
        while (i < text.Length && (escaped || text[i] != '"'))
        {
            escaped = !escaped && text[i] == '\\';
            i++;
        }

        if (i >= text.Length)
        {
            throw FilterErrors.Invalid($"The string starting at position {start + 1} of the filter is not closed.");
        }

        i++;
        var literal = text[start..i];
        try
        {
            return new FilterToken(FilterTokenKind.String, JsonSerializer.Deserialize<string>(literal)!, start);
        }
        catch (JsonException)
        {
            throw FilterErrors.Invalid($"The string starting at position {start + 1} of the filter has an invalid escape.");
        }
    }

    /// <summary>For messages: the token as the client wrote it.</summary>
    public static string Describe(FilterToken token) => token.Kind switch
    {
        FilterTokenKind.End => "the end of the filter",
        FilterTokenKind.String => JsonSerializer.Serialize(token.Text),
        _ => new StringBuilder("'").Append(token.Text).Append('\'').ToString(),
    };
}
