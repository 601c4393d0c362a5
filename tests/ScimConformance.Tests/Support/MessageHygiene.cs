using System.Text.RegularExpressions;

namespace ScimConformance.Tests.Support;

/// <summary>What must never appear in a check's message: stack frames and .NET exception type names (the harness's insides, not evidence).</summary>
internal static partial class MessageHygiene
{
    public static IReadOnlyList<string> Violations(string message) =>
        [.. Frame().Matches(message).Select(m => "stack frame: " + m.Value.Trim()),
         .. DotnetException().Matches(message).Select(m => "exception type: " + m.Value.Trim())];

    [GeneratedRegex(@"(^|\n)\s*at [\w.`<>\[\]]+\(.*\)", RegexOptions.Multiline)]
    private static partial Regex Frame();

    [GeneratedRegex(@"\bSystem(\.\w+)*\.\w*Exception\b|\b\w*Exception\s*:")]
    private static partial Regex DotnetException();
}
