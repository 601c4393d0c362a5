using System.Text;

namespace ScimConformance.Runner.Reporting;

/// <summary>
/// Makes JSON text safe inside an HTML &lt;script&gt; element: &lt; &gt; &amp; and the JavaScript line
/// separators become \u escapes, so nothing an endpoint sent can close the element or start markup.
/// Those characters only occur inside JSON strings, where the escape means the same character.
/// </summary>
public static class ScriptSafeJson
{
    public static string Escape(string json)
    {
        var builder = new StringBuilder(json.Length + 64);
        foreach (var c in json)
        {
            switch (c)
            {
                case '<': builder.Append("\\u003c"); break;
                case '>': builder.Append("\\u003e"); break;
                case '&': builder.Append("\\u0026"); break;
                case '\u2028': builder.Append("\\u2028"); break;
                case '\u2029': builder.Append("\\u2029"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>The same for UTF-8 JSON, written to <paramref name="output"/> (U+2028 and U+2029 are E2 80 A8 and E2 80 A9).</summary>
    public static void Write(ReadOnlySpan<byte> json, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var start = 0;
        for (var i = 0; i < json.Length; i++)
        {
            var escape = json[i] switch
            {
                (byte)'<' => "\\u003c",
                (byte)'>' => "\\u003e",
                (byte)'&' => "\\u0026",
                0xE2 when i + 2 < json.Length && json[i + 1] == 0x80 && json[i + 2] is 0xA8 or 0xA9 => json[i + 2] == 0xA8 ? "\\u2028" : "\\u2029",
                _ => null,
            };
            if (escape is null) continue;
            output.Write(json[start..i]);
            output.Write(Encoding.ASCII.GetBytes(escape));
            i += json[i] == 0xE2 ? 2 : 0;
            start = i + 1;
        }
        output.Write(json[start..]);
    }
}
