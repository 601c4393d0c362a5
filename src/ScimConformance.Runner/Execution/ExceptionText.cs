using System.Text.RegularExpressions;

namespace ScimConformance.Runner.Execution;

/// <summary>
/// What NUnit writes for an exception that ended a check ("Some.Namespace.FooException : text", inner ones after
/// "----> ", sometimes stack frames) reduced to the texts themselves: a vendor reads why no evidence could be had,
/// not .NET type names or frames of the harness.
/// </summary>
public static partial class ExceptionText
{
    /// <summary>The message without stack frames (NUnit writes them into the text of a check that warned or failed more than once).</summary>
    public static string WithoutFrames(string message) =>
        string.Join("\n", message.ReplaceLineEndings("\n").Split('\n').Where(line => !Frame().IsMatch(line)));

    public static string Clean(string message)
    {
        var parts = message.ReplaceLineEndings("\n").Split('\n')
            .Where(line => !Frame().IsMatch(line))
            .Select(line => TypePrefix().Replace(line.Trim(), ""))
            .Where(line => line.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        // A transport failure's own message already says what happened in the vendor's terms; what follows it is the
        // socket layer's dump (error codes, property lines), noise beside it.
        var transport = message.TrimStart().StartsWith(typeof(ScimConformance.Core.Http.ScimTransportException).FullName + " :", StringComparison.Ordinal);
        var cleaned = parts.Length == 0 ? "" : transport ? parts[0] : parts[0] + string.Concat(parts.Skip(1).Select(p => " (" + p + ")"));
        // A type name left inside the text itself (an exception's own message quoting another) is named by its last part only.
        return QualifiedException().Replace(cleaned, m => Words(m.Groups["name"].Value));
    }

    private static string Words(string typeName) => CamelWords().Replace(typeName.Replace("Exception", "", StringComparison.Ordinal), " $1").Trim().ToLowerInvariant() + " failure";

    [GeneratedRegex(@"^\s*at [\w.<>`\[\],|+]+\(.*\)(\s+in\s+.+)?\s*$|^\s*---\s*End of")]
    private static partial Regex Frame();

    [GeneratedRegex(@"^(?:-+>\s*)?(?:[A-Za-z_][\w]*\.)*[A-Za-z_]\w*(?:Exception|Error)\s*:\s*")]
    private static partial Regex TypePrefix();

    [GeneratedRegex(@"\b(?:[A-Za-z_]\w*\.)*(?<name>[A-Za-z_]\w*Exception)\b")]
    private static partial Regex QualifiedException();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex CamelWords();
}
