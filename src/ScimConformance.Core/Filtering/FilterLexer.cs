using System.Globalization;
using System.Text;

namespace ScimConformance.Core.Filtering;

/// <summary>Splits filter text into tokens; JSON string literals are decoded here (RFC 8259 §7 escapes).</summary>
internal static class FilterLexer
{
    public static List<FilterToken> Tokenize(string text)
    {
        var tokens = new List<FilterToken>();
        var i = 0;
        while (true)
        {
            var spaced = false;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                spaced = true;
                i++;
            }
            if (i >= text.Length)
            {
                tokens.Add(new FilterToken(FilterTokenKind.End, "", i, spaced));
                return tokens;
            }
            var c = text[i];
            var start = i;
            switch (c)
            {
                case '(': tokens.Add(new FilterToken(FilterTokenKind.OpenParen, "(", i++, spaced)); break;
                case ')': tokens.Add(new FilterToken(FilterTokenKind.CloseParen, ")", i++, spaced)); break;
                case '[': tokens.Add(new FilterToken(FilterTokenKind.OpenBracket, "[", i++, spaced)); break;
                case ']': tokens.Add(new FilterToken(FilterTokenKind.CloseBracket, "]", i++, spaced)); break;
                case '"':
                    var decoded = ReadString(text, ref i);
                    tokens.Add(new FilterToken(FilterTokenKind.String, text[start..i], start, spaced, decoded));
                    break;
                default:
                    if (c == '-' || char.IsAsciiDigit(c))
                        tokens.Add(new FilterToken(FilterTokenKind.Number, ReadNumber(text, ref i), start, spaced));
                    else if (IsWordChar(c))
                    {
                        while (i < text.Length && IsWordChar(text[i])) i++;
                        tokens.Add(new FilterToken(FilterTokenKind.Word, text[start..i], start, spaced));
                    }
                    else
                        throw new FilterParseException($"unexpected character '{c}'", i);
                    break;
            }
        }
    }

    // Attribute names, keywords and schema URNs ("urn:ietf:params:scim:schemas:core:2.0:User"); "$" admits "$ref".
    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '$' or '/' or '%' or '+' or '~';

    private static string ReadString(string text, ref int i)
    {
        var start = i++;
        var value = new StringBuilder();
        while (true)
        {
            if (i >= text.Length) throw new FilterParseException("unterminated string", start);
            var c = text[i];
            if (c == '"')
            {
                i++;
                return value.ToString();
            }
            if (c < 0x20) throw new FilterParseException("control character in string; escape it", i);
            if (c != '\\')
            {
                value.Append(c);
                i++;
                continue;
            }
            if (i + 1 >= text.Length) throw new FilterParseException("unterminated string", start);
            var escape = text[i + 1];
            switch (escape)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (i + 6 > text.Length || !int.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        throw new FilterParseException("\\u must be followed by four hex digits", i);
                    value.Append((char)code);
                    i += 4;
                    break;
                default:
                    throw new FilterParseException($"invalid escape '\\{escape}' in string", i);
            }
            i += 2;
        }
    }

    // RFC 8259 §6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
    private static string ReadNumber(string text, ref int i)
    {
        var start = i;
        if (text[i] == '-') i++;
        if (i < text.Length && text[i] == '0') i++;
        else if (!Digits(text, ref i)) throw new FilterParseException("expected a digit in number", i);
        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (!Digits(text, ref i)) throw new FilterParseException("expected a digit after the decimal point", i);
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            if (!Digits(text, ref i)) throw new FilterParseException("expected a digit in the exponent", i);
        }
        if (i < text.Length && (IsWordChar(text[i]) || text[i] == '"'))
            throw new FilterParseException("invalid number", start);
        return text[start..i];
    }

    private static bool Digits(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        return i > start;
    }
}
