using System.Text.RegularExpressions;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Security;

/// <summary>
/// Finds what an error response should never disclose (OWASP API8): stack traces, exception type names,
/// SQL text and database errors, framework and server versions. Text the harness itself sent is removed
/// first, so an endpoint that merely echoes the offending input is not blamed for it. Stack traces and exception
/// type names are named, not quoted: the exchange shows them, and a check's message never carries frames or type names.
/// </summary>
internal static partial class DisclosureScan
{
    private static readonly (string What, Regex Pattern, bool Quoted)[] BodyPatterns =
    [
        ("a .NET stack trace", DotNetFrame(), false),
        ("a Java stack trace", JavaFrame(), false),
        ("a Python traceback", PythonTraceback(), false),
        ("a Node.js stack trace", NodeFrame(), false),
        ("a PHP error location", PhpError(), false),
        ("an exception type name", ExceptionType(), false),
        ("SQL text", SqlText(), true),
        ("a database error", DatabaseError(), true),
        ("a framework version", FrameworkVersion(), true),
    ];

    private static readonly string[] VersionHeaders = ["X-Powered-By", "X-AspNet-Version", "X-AspNetMvc-Version", "X-Runtime", "X-Generator"];

    /// <summary>Descriptions of every disclosure found in the response; empty when clean.</summary>
    public static IReadOnlyList<string> Find(ScimResponse response, params string[] sentTexts)
    {
        ArgumentNullException.ThrowIfNull(response);
        var found = new List<string>();
        var body = response.Body;
        foreach (var sent in sentTexts.Where(s => s.Length > 0))
            body = body.Replace(sent, " ", StringComparison.Ordinal);
        foreach (var (what, pattern, quoted) in BodyPatterns)
            if (pattern.Match(body) is { Success: true } match)
                found.Add(quoted ? $"{what} in the body ('{Excerpt(match.Value)}')" : $"{what} in the body (at character {match.Index + 1}; the exchange shows it)");
        foreach (var header in VersionHeaders)
            if (response.Header(header) is { } value)
                found.Add($"header {header}: {value}");
        if (response.Header("Server") is { } server && ServerVersion().IsMatch(server))
            found.Add($"a version in the Server header ('{server}')");
        return found;
    }

    private static string Excerpt(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length <= 80 ? line : line[..80] + "...";
    }

    [GeneratedRegex(@"\bat\s+[A-Za-z_][\w.`<>]*\.[\w<>`]+\([^)]*\)(\s+in\s+\S+:line\s+\d+)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DotNetFrame();

    [GeneratedRegex(@"\bat\s+(?:[a-z][\w$]*\.)+[\w$<>]+\([\w$]+\.(?:java|kt|scala):\d+\)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex JavaFrame();

    [GeneratedRegex(@"Traceback \(most recent call last\)|File ""[^""]+"", line \d+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex PythonTraceback();

    [GeneratedRegex(@"\bat\s+(?:[\w.<>]+\s+)?\(?(?:/|[A-Za-z]:\\|file://|node:)[^\s()]+:\d+:\d+\)?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NodeFrame();

    [GeneratedRegex(@"\bin\s+/\S+\.php\s+on\s+line\s+\d+|PHP (?:Fatal|Parse|Warning)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex PhpError();

    [GeneratedRegex(@"\b(?:[a-z]\w*\.)+[A-Z]\w*(?:Exception|Error)\b|\b[A-Z]\w*Exception\b|\b(?:TypeError|ReferenceError|SyntaxError|NullPointerException|KeyError|ValueError):", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ExceptionType();

    // Upper case only: English prose ("select a value from") must not count as SQL.
    [GeneratedRegex(@"\bSELECT\b[^;]{1,200}?\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SqlText();

    [GeneratedRegex(@"SQLITE_\w+|SQL syntax|syntax error at or near|ORA-\d{5}|SQLSTATE|unterminated quoted string|near ""[^""]*"": syntax error|MongoError|MongoServerError|E11000 duplicate key|PG::\w+|psycopg2|SqlException|SQLException", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex DatabaseError();

    [GeneratedRegex(@"ASP\.NET(?: Core)? (?:Version|v)\s*:?\s*\d|Microsoft \.NET Framework Version|Apache Tomcat/\d|Werkzeug/\d|Express \d|PHP/\d|Jetty\(\d|JBoss|WildFly \d", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 1000)]
    private static partial Regex FrameworkVersion();

    [GeneratedRegex(@"/\s*\d|\d+\.\d+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ServerVersion();
}
