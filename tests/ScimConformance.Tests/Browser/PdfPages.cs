using System.Text;
using System.Text.RegularExpressions;

namespace ScimConformance.Tests.Browser;

/// <summary>Counts the pages of a PDF Chromium printed: its page objects ("/Type /Page", not "/Type /Pages"), which Chromium writes uncompressed.</summary>
internal static partial class PdfPages
{
    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();

    public static int Count(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));
}
