using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace ScimConformance.Core.Filtering;

/// <summary>
/// Prints a filter in canonical form: lower-case operators, single spaces, parentheses only where precedence
/// needs them, "not (...)". <see cref="FilterParser.Parse"/> of the output gives back an equal tree.
/// </summary>
public static class FilterFormatter
{
    public static string ToString(FilterNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(FilterNode node, StringBuilder text)
    {
        switch (node)
        {
            case Comparison c:
                text.Append(c.Path).Append(' ').Append(c.Operator.ToString().ToLowerInvariant()).Append(' ');
                WriteLiteral(c.Value, text);
                break;
            case Presence p:
                text.Append(p.Path).Append(" pr");
                break;
            case Or o:
                WriteOperand(o.Left, 1, false, text);
                text.Append(" or ");
                WriteOperand(o.Right, 1, true, text);
                break;
            case And a:
                WriteOperand(a.Left, 2, false, text);
                text.Append(" and ");
                WriteOperand(a.Right, 2, true, text);
                break;
            case Not n:
                text.Append("not (");
                Write(n.Inner, text);
                text.Append(')');
                break;
            case ValuePath v:
                text.Append(v.Path).Append('[');
                Write(v.Filter, text);
                text.Append(']');
                break;
            default:
                throw new ArgumentException($"Unknown filter node {node.GetType().Name}.", nameof(node));
        }
    }

    // Both operators associate to the left, so a right operand of equal precedence needs parentheses to survive re-parsing.
    private static void WriteOperand(FilterNode operand, int parentPrecedence, bool isRight, StringBuilder text)
    {
        var precedence = operand switch { Or => 1, And => 2, _ => 3 };
        var parenthesise = precedence < parentPrecedence || (isRight && precedence == parentPrecedence);
        if (parenthesise) text.Append('(');
        Write(operand, text);
        if (parenthesise) text.Append(')');
    }

    private static void WriteLiteral(JsonValue? value, StringBuilder text)
    {
        if (value is null)
        {
            text.Append("null");
            return;
        }
        if (value.TryGetValue<string>(out var s))
        {
            WriteString(s, text);
            return;
        }
        text.Append(value.ToJsonString());
    }

    private static void WriteString(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < 0x20) text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else text.Append(c);
                    break;
            }
        }
        text.Append('"');
    }
}
