using System.Text;
using System.Xml;
using ScimConformance.Core.Redaction;

namespace ScimConformance.Runner.Reporting;

/// <summary>Makes arbitrary text (whatever an endpoint answered) legal inside an XML 1.0 document.</summary>
public static class XmlText
{
    /// <summary>
    /// Drops characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/FFFF), and terminal escapes and
    /// bidi controls (<see cref="DisplayText"/>), which XML allows but a CI page or log would show.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        text = DisplayText.Clean(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
