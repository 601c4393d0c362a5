namespace ScimConformance.Tests.Browser;

/// <summary>Markup and script an endpoint might send to attack whoever reads the report.</summary>
internal static class Payloads
{
    public const string Image = "<img src=x onerror=window.__xss=1>";
    public const string ScriptBreakout = "</script><script>window.__xss=1</script>";
    public const string JavascriptUrl = "javascript:window.__xss=1";
    public const string SvgOnload = "<svg onload=window.__xss=1>";

    /// <summary>Terminal escapes (colour, screen clear, an OSC 8 hyperlink) and a bidi override, for whoever reads a log or a page.</summary>
    public const string Terminal = "\u001b[31m\u001b[2Jred\u001b[0m \u001b]8;;http://evil.example\u0007link\u001b]8;;\u0007 admin\u202Egnp.exe\u202C";

    public static IReadOnlyList<string> All { get; } = [Image, ScriptBreakout, JavascriptUrl, SvgOnload];

    /// <summary>All payloads in one string, the terminal ones too, for a field that should carry every one of them.</summary>
    public static string Combined => string.Join(" ", All) + " " + Terminal;

    /// <summary>True when <paramref name="text"/> holds an escape, control (but newline, tab) or bidi character.</summary>
    public static bool HasUnsafeText(string text) => text.Any(global::ScimConformance.Core.Redaction.DisplayText.IsUnsafe);
}
