using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer.Resources;

/// <summary>Query parameters of a list request (RFC 7644 sections 3.4.2 and 3.4.3), from a query string or a SearchRequest body.</summary>
internal sealed record ListRequest(string? Filter, int StartIndex, int Count, IReadOnlyList<string> Attributes, IReadOnlyList<string> ExcludedAttributes)
{
    public const int MaxResults = 200;

    /// <summary>Whether the client sent startIndex, as opposed to the default of 1.</summary>
    public bool StartIndexGiven { get; init; }

    /// <summary>The client's count before it was capped to <see cref="MaxResults"/>, after a negative value became 0.</summary>
    public int RequestedCount { get; init; }

    /// <summary>True when the request came as a POST .search SearchRequest body (RFC 7644 section 3.4.3).</summary>
    public bool IsSearchRequest { get; init; }

    /// <summary>The sortBy attribute path (RFC 7644 section 3.4.2.3), or null for the storage order.</summary>
    public string? SortBy { get; init; }

    /// <summary>True for sortOrder=descending; ascending is the default.</summary>
    public bool Descending { get; init; }

    /// <summary>
    /// The cursor of cursor-based pagination (RFC 9865 section 2): null when the client did not ask for it, empty for the
    /// first page, otherwise a nextCursor the server handed out.
    /// </summary>
    public string? Cursor { get; init; }

    /// <summary>Whether the client sent count.</summary>
    public bool CountGiven { get; init; }

    public static ListRequest FromQuery(IQueryCollection query) => Create(
        query["filter"].FirstOrDefault(),
        query["startIndex"].FirstOrDefault(),
        query["count"].FirstOrDefault(),
        query["attributes"].Where(a => a is not null).Select(a => a!).ToArray(),
        query["excludedAttributes"].Where(a => a is not null).Select(a => a!).ToArray(),
        query["sortBy"].FirstOrDefault(),
        query["sortOrder"].FirstOrDefault()) with
    {
        // "?cursor" and "?cursor=" both ask for the first page of a cursor-paged query.
        Cursor = query.ContainsKey("cursor") ? query["cursor"].FirstOrDefault() ?? "" : null,
    };

    public static ListRequest FromSearchBody(JsonObject body)
    {
        if (body.Member("schemas") is not JsonArray schemas
            || !schemas.Any(s => s is JsonValue v && v.TryGetValue(out string? urn) && string.Equals(urn, ScimUrns.SearchRequest, StringComparison.OrdinalIgnoreCase)))
        {
            throw ScimException.BadRequest(ScimErrorType.InvalidSyntax, $"A search body must carry \"schemas\": [\"{ScimUrns.SearchRequest}\"].");
        }

        return Create(
            Text(body.Member("filter")),
            Text(body.Member("startIndex")),
            Text(body.Member("count")),
            Names(body.Member("attributes")),
            Names(body.Member("excludedAttributes")),
            Text(body.Member("sortBy")),
            Text(body.Member("sortOrder"))) with { IsSearchRequest = true, Cursor = body.Member("cursor") is { } cursor ? Text(cursor) ?? "" : null };
    }

    private static ListRequest Create(string? filter, string? startIndex, string? count, string[] attributes, string[] excluded,
        string? sortBy, string? sortOrder)
    {
        // RFC 7644 section 3.4.2.4: startIndex below 1 means 1, a negative count means 0, and the
        // server never returns more than its advertised maxResults.
        var start = Math.Max(1, ParseInt(startIndex, "startIndex") ?? 1);
        var requested = Math.Max(0, ParseInt(count, "count") ?? MaxResults);
        return new ListRequest(string.IsNullOrWhiteSpace(filter) ? null : filter, start, Math.Min(requested, MaxResults), attributes, excluded)
        {
            StartIndexGiven = !string.IsNullOrWhiteSpace(startIndex),
            RequestedCount = requested,
            CountGiven = !string.IsNullOrWhiteSpace(count),
            SortBy = string.IsNullOrWhiteSpace(sortBy) ? null : sortBy.Trim(),
            Descending = IsDescending(sortOrder),
        };
    }

    private static bool IsDescending(string? sortOrder)
    {
        if (string.IsNullOrWhiteSpace(sortOrder) || string.Equals(sortOrder, "ascending", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(sortOrder, "descending", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        throw ScimException.BadRequest(ScimErrorType.InvalidValue, "sortOrder must be \"ascending\" or \"descending\".");
    }

    private static int? ParseInt(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return (int)Math.Clamp(value, int.MinValue, int.MaxValue);
        }

        throw ScimException.BadRequest(ScimErrorType.InvalidValue, $"{name} must be an integer.");
    }


    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    private static string[] Names(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(Text).Where(t => t is not null).Select(t => t!).ToArray(),
        JsonValue value when Text(value) is { } text => [text],
        _ => [],
    };
}
