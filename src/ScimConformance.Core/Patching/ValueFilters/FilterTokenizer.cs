using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScimConformance.Core.Patching.ValueFilters;

/// <summary>Splits a valFilter (RFC 7644 §3.4.2.2) into tokens; string literals use JSON escaping.</summary>
internal static class FilterTokenizer
{
    public static List<FilterToken> Tokenize(string text)
    {
        var tokens = new List<FilterToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c == '(') { tokens.Add(new(FilterTokenKind.OpenParen, "(")); i++; continue; }
            if (c == ')') { tokens.Add(new(FilterTokenKind.CloseParen, ")")); i++; continue; }
            if (c == '"') { tokens.Add(ReadString(text, ref i)); continue; }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"')) i++;
            tokens.Add(Classify(text[start..i]));
        }
        tokens.Add(new(FilterTokenKind.End, ""));
        return tokens;
    }

    private static FilterToken ReadString(string text, ref int i)
    {
        var start = i++;
        while (i < text.Length && text[i] != '"') i += text[i] == '\\' ? 2 : 1;
        if (i >= text.Length) throw new ValueFilterException($"Unterminated string literal in \"{text}\".");
        i++;
        var raw = text[start..i];
        try
        {
            return new(FilterTokenKind.Literal, raw, JsonValue.Create(JsonSerializer.Deserialize<string>(raw)));
        }
        catch (JsonException)
        {
            throw new ValueFilterException($"Malformed string literal {raw}.");
        }
    }

    private static FilterToken Classify(string word)
    {
        if (word is "true" or "false" or "null" || word.Length > 0 && (char.IsDigit(word[0]) || word[0] == '-'))
        {
            try
            {
                return new(FilterTokenKind.Literal, word, JsonNode.Parse(word));
            }
            catch (JsonException)
            {
                throw new ValueFilterException($"Malformed literal {word}.");
            }
        }
        return new(FilterTokenKind.Word, word);
    }
}
