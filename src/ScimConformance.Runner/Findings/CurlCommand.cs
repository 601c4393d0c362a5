using System.Globalization;
using System.Text;
using ScimConformance.Core.Http;
using ScimConformance.Core.Redaction;

namespace ScimConformance.Runner.Findings;

/// <summary>
/// An exchange as a copy-paste <c>curl</c> command: method, URL, the headers that change what the server does (content
/// type, Accept, preconditions, anything the check set on purpose) and the body via <c>--data-raw</c> (as --data, but a
/// leading @ is never read as a file name). The exchange was masked when recorded; a credential header becomes
/// <c>Authorization: Bearer $SCIM_TOKEN</c>, expanded by the user's shell, so no secret is ever written. Values are
/// single-quoted, or ANSI-C quoted (<c>$'...'</c>) when they hold control or bidi characters, so what is pasted is what
/// was sent and nothing in it can drive the terminal it is shown in.
/// </summary>
public static class CurlCommand
{
    public const string TokenVariable = "$SCIM_TOKEN";

    // Set by the client or the transport for every request; they do not change the answer.
    private static readonly HashSet<string> Routine = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Length", "User-Agent", "Accept-Encoding", "Connection", "traceparent", "tracestate", "Expect", "Transfer-Encoding",
    };

    public static string From(Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var lines = new List<string>();
        var body = exchange.RequestBody;
        var method = exchange.Method.ToUpperInvariant();
        lines.Add("curl -sS -i" + (method == "GET" && body is null ? "" : " -X " + method) + " " + Quote(exchange.Url));
        foreach (var (name, value) in exchange.RequestHeaders)
        {
            if (Routine.Contains(name)) continue;
            if (Redactor.IsSensitiveHeader(name))
            {
                // The value was masked; the run authenticated with the user's token, which the shell supplies.
                if (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)) lines.Add("-H \"Authorization: Bearer " + TokenVariable + "\"");
                continue;
            }
            lines.Add("-H " + Quote(name + ": " + value));
        }
        if (body is not null) lines.Add("--data-raw " + Quote(body));
        var command = string.Join(" \\\n  ", lines);
        return exchange.RequestBodyBytes is { } bytes
            ? $"# the body sent was {bytes.ToString(CultureInfo.InvariantCulture)} bytes (SHA-256 {exchange.RequestBodySha256}); this carries its first {EvidenceBody.MaxBytes / 1024} KiB\n" + command
            : command;
    }

    /// <summary>A shell word that reads back as <paramref name="value"/>: single quotes, or $'...' with escapes for unsafe characters.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(c => DisplayText.IsUnsafe(c) || c == '\r')) return "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
        var builder = new StringBuilder("$'");
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when DisplayText.IsUnsafe(c) => c < '\u0080' ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return builder.Append('\'').ToString();
    }
}
