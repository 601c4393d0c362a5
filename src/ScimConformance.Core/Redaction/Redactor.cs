using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.Core.Http;

namespace ScimConformance.Core.Redaction;

/// <summary>
/// Masks credentials before anything is stored or shown: sensitive headers, sensitive JSON members and
/// form fields, and every known secret value wherever it appears. Secrets obtained later (OAuth access
/// tokens) are added with <see cref="AddSecret"/>. Thread-safe; the common case (no sensitive names in a
/// body) costs a few substring scans.
/// </summary>
public sealed class Redactor
{
    public const string Mask = "[REDACTED]";

    private static readonly HashSet<string> SensitiveHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-Api-Key",
    };

    private static readonly string[] SensitiveFieldNames =
        ["password", "client_secret", "access_token", "refresh_token", "id_token", "secret"];

    private static readonly HashSet<string> SensitiveFields = new(SensitiveFieldNames, StringComparer.OrdinalIgnoreCase);
    // Options are made once: each new instance builds its own metadata cache, and every body holding a password is masked.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private static readonly JsonSerializerOptions Compact = new();

    private readonly Lock _gate = new();
    // Copy-on-write so that redaction never takes the lock; longest first so a secret that contains
    // another is masked whole.
    private string[] _secrets = [];

    public Redactor(IEnumerable<string>? secrets = null)
    {
        if (secrets is not null) AddSecrets(secrets);
    }

    /// <summary>Secrets shorter than this are not masked by value: masking "a" would shred every text.</summary>
    public const int MinimumSecretLength = 4;

    public void AddSecret(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinimumSecretLength) return;
        lock (_gate)
        {
            var forms = new[] { secret, Uri.EscapeDataString(secret), Convert.ToBase64String(Encoding.UTF8.GetBytes(secret)) };
            var added = forms.Where(f => !_secrets.Contains(f, StringComparer.Ordinal)).ToArray();
            if (added.Length == 0) return;
            _secrets = [.. _secrets.Concat(added).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];
        }
    }

    public void AddSecrets(IEnumerable<string> secrets)
    {
        foreach (var s in secrets) AddSecret(s);
    }

    /// <summary>Replaces every known secret value in free text (URLs, error messages, any header).</summary>
    public string RedactText(string text)
    {
        if (string.IsNullOrEmpty(text)) return text;
        var secrets = Volatile.Read(ref _secrets);
        foreach (var secret in secrets)
            if (text.Contains(secret, StringComparison.Ordinal)) text = text.Replace(secret, Mask, StringComparison.Ordinal);
        return text;
    }

    public string RedactHeader(string name, string value) => IsSensitiveHeader(name) ? Mask : RedactText(value);

    /// <summary>Whether a header carries a credential (its value is masked whole wherever it is shown).</summary>
    public static bool IsSensitiveHeader(string name) => SensitiveHeaders.Contains(name);

    public IReadOnlyList<KeyValuePair<string, string>> RedactHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers.Select(h => new KeyValuePair<string, string>(h.Key, RedactHeader(h.Key, h.Value))).ToArray();

    /// <summary>Masks sensitive members of a JSON body or fields of a form body, then every known secret.</summary>
    public string? RedactBody(string? body, string? contentType = null)
    {
        if (string.IsNullOrEmpty(body)) return body;
        if (MentionsSensitiveField(body))
        {
            var trimmed = body.AsSpan().TrimStart();
            if (trimmed.Length > 0 && (trimmed[0] == '{' || trimmed[0] == '['))
                body = RedactJson(body);
            else if (IsForm(contentType) || LooksLikeForm(body))
                body = RedactForm(body);
        }
        return RedactText(body);
    }

    /// <summary>Masks sensitive query parameters and known secrets in a URL.</summary>
    public string RedactUrl(string url)
    {
        var q = url.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0 && MentionsSensitiveField(url))
            url = url[..(q + 1)] + RedactForm(url[(q + 1)..]);
        return RedactText(url);
    }

    public Exchange Redact(Exchange exchange) => exchange with
    {
        Url = RedactUrl(exchange.Url),
        RequestHeaders = RedactHeaders(exchange.RequestHeaders),
        RequestBody = RedactBody(exchange.RequestBody, HeaderValue(exchange.RequestHeaders, "Content-Type")),
        ResponseHeaders = RedactHeaders(exchange.ResponseHeaders),
        ResponseBody = RedactBody(exchange.ResponseBody, HeaderValue(exchange.ResponseHeaders, "Content-Type")),
        Error = exchange.Error is null ? null : RedactText(exchange.Error),
    };

    private static string? HeaderValue(IEnumerable<KeyValuePair<string, string>> headers, string name) =>
        headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;

    private static bool MentionsSensitiveField(string text)
    {
        foreach (var name in SensitiveFieldNames)
            if (text.Contains(name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsForm(string? contentType) =>
        contentType?.Contains("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    private static bool LooksLikeForm(string body) =>
        body.Contains('=', StringComparison.Ordinal) && !body.Contains(' ', StringComparison.Ordinal) && !body.Contains('\n', StringComparison.Ordinal);

    private static string RedactJson(string body)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            // Malformed JSON (a test may send it on purpose): fall back to masking "name": "value" pairs textually.
            return RedactJsonText(body);
        }
        if (node is null || !MaskMembers(node)) return body;
        return node.ToJsonString(body.Contains('\n', StringComparison.Ordinal) ? Indented : Compact);
    }

    private static bool MaskMembers(JsonNode node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(kv => kv.Key).ToArray())
                {
                    if (SensitiveFields.Contains(name))
                    {
                        obj[name] = Mask;
                        changed = true;
                    }
                    else if (obj[name] is { } child)
                    {
                        changed |= MaskMembers(child);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                    if (item is not null) changed |= MaskMembers(item);
                break;
        }
        return changed;
    }

    private static string RedactJsonText(string body)
    {
        foreach (var name in SensitiveFieldNames)
        {
            body = System.Text.RegularExpressions.Regex.Replace(
                body,
                "(\"" + name + "\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)",
                "$1\"" + Mask + "\"",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant,
                TimeSpan.FromSeconds(1));
        }
        return body;
    }

    private static string RedactForm(string form)
    {
        var pairs = form.Split('&');
        for (var i = 0; i < pairs.Length; i++)
        {
            var eq = pairs[i].IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? pairs[i] : pairs[i][..eq];
            if (SensitiveFields.Contains(Uri.UnescapeDataString(key.Replace('+', ' '))))
                pairs[i] = key + "=" + Mask;
        }
        return string.Join('&', pairs);
    }
}
