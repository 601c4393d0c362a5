namespace ScimConformance.Tests.Browser;

/// <summary>Markup and script an endpoint might send to attack whoever reads the report.</summary>
internal static class Payloads
{
    public const string Image = "<img src=x onerror=window.__xss=1>";
    public const string ScriptBreakout = "</script><script>window.__xss=1</script>";
    public const string JavascriptUrl = "javascript:window.__xss=1";
    public const string SvgOnload = "<svg onload=window.__xss=1>";

    public static IReadOnlyList<string> All { get; } = [Image, ScriptBreakout, JavascriptUrl, SvgOnload];

    /// <summary>All payloads in one string, for a field that should carry every one of them.</summary>
    public static string Combined => string.Join(" ", All);
}
