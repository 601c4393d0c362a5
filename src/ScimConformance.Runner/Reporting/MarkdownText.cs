using System.Text;
using ScimConformance.Core.Redaction;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// Makes endpoint-controlled text inert inside a Markdown table cell: no HTML, no code spans, no links or
/// emphasis, no cell or row breaks. GitHub renders step summaries as GFM with some HTML allowed.
/// </summary>
public static class MarkdownText
{
    public static string Cell(string? text, int maxChars = 300)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var line = string.Join(' ', DisplayText.Clean(text).Split(['\r', '\n', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (line.Length > maxChars) line = line[..maxChars] + "...";
        var builder = new StringBuilder(line.Length + 16);
        foreach (var c in line)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '`': builder.Append("&#96;"); break;
                case '|': builder.Append("&#124;"); break;
                case '\\' or '*' or '_' or '[' or ']' or '~' or '!' or '#' or '$': builder.Append('\\').Append(c); break;
                default:
                    if (!char.IsControl(c)) builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>The first line of a message, escaped for a cell.</summary>
    public static string FirstLine(string? text) => Cell((text ?? "").TrimStart().Split('\n', 2)[0]);
}
