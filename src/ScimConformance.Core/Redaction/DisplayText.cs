using System.Text;
using System.Text.RegularExpressions;

namespace ScimConformance.Core.Redaction;

/// <summary>
/// Makes text an endpoint controls safe to show: terminal escape sequences (colours, cursor moves, OSC hyperlinks and
/// titles), other control characters and Unicode bidi controls (which reorder what a reader sees, "Trojan Source")
/// are removed; newlines and tabs stay. Applied where endpoint text enters a verdict's message, a timeline or a
/// cleanup error, and again by every reporter that writes text for people (the page, summary.md, junit.xml).
/// </summary>
public static partial class DisplayText
{
    // CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), any other ESC pair, and their 8-bit forms (CSI U+009B, OSC U+009D).
    [GeneratedRegex(@"\u001B\[[0-?]*[ -/]*[@-~]|\u001B\][^\u0007\u001B]*(?:\u0007|\u001B\\)?|\u001B[@-_]|\u009B[0-?]*[ -/]*[@-~]|\u009D[^\u0007\u009C]*[\u0007\u009C]?")]
    private static partial Regex EscapeSequence();

    /// <summary>The text without escape sequences, control characters (but newline, carriage return and tab) and bidi controls.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        if (!text.AsSpan().ContainsAny(Unsafe)) return text;
        text = EscapeSequence().Replace(text, "");
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!IsUnsafe(c)) builder.Append(c);
        return builder.ToString();
    }

    /// <summary>True for a character <see cref="Clean"/> removes.</summary>
    public static bool IsUnsafe(char c) => c is not ('\t' or '\n' or '\r') && Unsafe.Contains(c);

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F" +
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");
}
