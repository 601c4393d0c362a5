using System.Text.Json;
using ScimConformance.Core;
using ScimConformance.Core.Http;

namespace ScimConformance.Runner.Findings;

/// <summary>
/// The form of an error a server sent when it is not a SCIM Error message (RFC 7644 §3.12): a server that writes its
/// errors some other way does so for every error, whatever request provoked it, so the form is one cause. An error is a
/// 4xx/5xx response, or a failed operation inside a Bulk response. An empty body is not a form: many servers answer 401
/// or 404 without one, and those say nothing about how the server writes errors.
/// </summary>
public static class ErrorForms
{
    public const string ProblemDetails = "problem details (RFC 9457)";

    /// <summary>The form of the first non-SCIM error in the exchange, or null.</summary>
    public static string? Of(Exchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (exchange.Status is >= 400) return FormOf(exchange.ResponseBody, exchange.ResponseTruncated);
        if (exchange.Status is >= 200 and < 300 && exchange.Url.Contains("/Bulk", StringComparison.OrdinalIgnoreCase))
            return BulkOperationErrors(exchange.ResponseBody);
        return null;
    }

    private static string? FormOf(string? body, bool truncated)
    {
        var text = body?.Trim() ?? "";
        if (text.Length == 0) return null;
        if (text.StartsWith('<')) return "HTML";
        if (!text.StartsWith('{')) return text.StartsWith('[') ? "JSON" : "text";
        if (truncated) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return FormOf(document.RootElement);
        }
        catch (JsonException)
        {
            return "text";
        }
    }

    private static string? FormOf(JsonElement error)
    {
        if (error.ValueKind != JsonValueKind.Object) return "JSON";
        if (error.TryGetProperty("schemas", out var schemas) && schemas.ValueKind == JsonValueKind.Array
            && schemas.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.String && s.GetString() == ScimUris.Error))
            return null;
        // RFC 9457 members; ASP.NET, Spring and others write them.
        if (error.TryGetProperty("title", out _) && (error.TryGetProperty("type", out _) || error.TryGetProperty("status", out _))) return ProblemDetails;
        // SCIM Error members without the schema: a malformed SCIM Error, which the error checks name, not another form.
        return error.TryGetProperty("scimType", out _) || error.TryGetProperty("detail", out _) ? null : "JSON";
    }

    // A failed operation's "response" is the error a single request would have got (RFC 7644 §3.7.3).
    private static string? BulkOperationErrors(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || !body.TrimStart().StartsWith('{')) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("Operations", out var operations) || operations.ValueKind != JsonValueKind.Array) return null;
            foreach (var operation in operations.EnumerateArray())
            {
                if (operation.ValueKind != JsonValueKind.Object || !operation.TryGetProperty("response", out var response)) continue;
                if (StatusOf(operation) is >= 400 && FormOf(response) is { } form) return form;
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? StatusOf(JsonElement operation)
    {
        if (!operation.TryGetProperty("status", out var status)) return null;
        var text = status.ValueKind switch
        {
            JsonValueKind.String => status.GetString(),
            JsonValueKind.Number => status.GetRawText(),
            _ => null,
        };
        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;
    }
}
