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
}
