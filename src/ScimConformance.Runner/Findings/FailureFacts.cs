using System.Text.Json;
using System.Text.RegularExpressions;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Model;

namespace ScimConformance.Runner.Findings;

/// <summary>
/// What the grouping rules look at in one failed check: its area, the requirements its verdict cited, and the exchange
/// the verdict rests on, read as a kind of request (method, endpoint with ids as {id}, the query construct it exercises)
/// and a class of response (status, scimType).
/// </summary>
public sealed partial record FailureFacts
{
    public required TestOutcome Test { get; init; }
    public string Area => Test.Check.Area;
    /// <summary>The ids the verdict cited; the declared ones when the verdict left no note (an assertion outside Verify).</summary>
    public required IReadOnlyList<string> Requirements { get; init; }
    /// <summary>Index into the check's exchanges of the one its verdict was reached after; null when it made none.</summary>
    public int? Exchange { get; init; }
    public string Method { get; init; } = "";
    /// <summary>The endpoint, its ids replaced: "/Users/{id}", "/Users/.search", "/ServiceProviderConfig"; "" without an exchange.</summary>
    public string Resource { get; init; } = "";
    /// <summary>
    /// What the evidence requests exercise beyond the endpoint: precondition (If-Match, If-None-Match, a bulk operation's
    /// version), sort, projection, paging, filter, count, or "" for none; the most specific one any of them carries.
    /// </summary>
    public string Construct { get; init; } = "";
    /// <summary>
    /// The form of an error response among the evidence that is not a SCIM Error message (<see cref="ErrorForms"/>):
    /// "problem details", "JSON", "HTML", "text"; null when every error the evidence holds is a SCIM Error, or none is there.
    /// </summary>
    public string? ErrorForm { get; init; }
    public int? Status { get; init; }
    /// <summary>"2xx", "3xx", "4xx", "5xx", "no answer" (the request got no response) or "" (no exchange).</summary>
    public string StatusClass => Exchange is null ? "" : Status is { } s ? $"{s / 100}xx" : "no answer";
    public string? ScimType { get; init; }

    public static FailureFacts Of(TestOutcome test, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(test);
        var cited = test.Cites.Count > 0 ? test.Cites : Cited(test.Message, test.Check.Requirements);
        var index = test.Evidence.Count > 0 ? test.Evidence.Max() : test.Exchanges.Count > 0 ? test.Exchanges.Count - 1 : (int?)null;
        if (index is not { } i || i >= test.Exchanges.Count) return new FailureFacts { Test = test, Requirements = cited };
        var exchange = test.Exchanges[i];
        var evidence = test.Evidence.Where(n => n >= 0 && n < test.Exchanges.Count).Select(n => test.Exchanges[n]).DefaultIfEmpty(exchange).ToArray();
        return new FailureFacts
        {
            Test = test,
            Requirements = cited,
            Exchange = i,
            Method = exchange.Method.ToUpperInvariant(),
            Resource = ResourceOf(exchange.Url, baseUrl),
            Construct = ConstructOf(evidence),
            ErrorForm = evidence.Select(ErrorForms.Of).FirstOrDefault(f => f is not null),
            Status = exchange.Status,
            ScimType = ScimTypeOf(exchange.ResponseBody),
        };
    }

    [GeneratedRegex(@"\[([A-Z][A-Z0-9]*-[A-Za-z0-9.\-]+) (?:MUST|SHOULD|MAY|REQUIRED|SHALL|RECOMMENDED|OPTIONAL)")]
    private static partial Regex CitedId();

    // Verdicts written before the notes existed still name their id in the message's "[ID LEVEL, ...]" prefix.
    private static string[] Cited(string message, IReadOnlyList<string> declared)
    {
        var ids = CitedId().Matches(message).Select(m => m.Groups[1].Value).Where(declared.Contains).Distinct(StringComparer.Ordinal).ToArray();
        return ids.Length > 0 ? ids : [.. declared];
    }

    /// <summary>The path below the base URL with every segment after the resource type's (and .search) read as an id.</summary>
    public static string ResourceOf(string url, string baseUrl)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.Split('?', 2)[0];
        var basePath = Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) ? b.AbsolutePath.TrimEnd('/') : "";
        if (basePath.Length > 0 && path.StartsWith(basePath, StringComparison.OrdinalIgnoreCase)) path = path[basePath.Length..];
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0) return "/";
        var shown = segments.Select((s, n) => n == 0 || s.StartsWith('.') ? s : "{id}");
        return "/" + string.Join('/', shown);
    }

    // Most specific first: a sorted, projected or paged list also carries the run's scoping filter and a count.
    private static readonly (string Construct, string[] Parameters)[] Constructs =
    [
        (Precondition, []),
        ("sort", ["sortBy", "sortOrder"]),
        ("projection", ["attributes", "excludedAttributes"]),
        ("paging", ["startIndex"]),
        ("filter", ["filter"]),
        ("count", ["count"]),
    ];

    /// <summary>A request made conditional on the resource's version: the ETag headers, or a bulk operation's version.</summary>
    public const string Precondition = "precondition";

    private static string ConstructOf(IReadOnlyList<Exchange> evidence)
    {
        var found = evidence.Select(ConstructOf).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
        return Constructs.FirstOrDefault(c => found.Contains(c.Construct)).Construct ?? "";
    }

    private static string ConstructOf(Exchange exchange)
    {
        if (exchange.RequestHeaders.Any(h => h.Key.Equals("If-Match", StringComparison.OrdinalIgnoreCase) || h.Key.Equals("If-None-Match", StringComparison.OrdinalIgnoreCase))
            || (exchange.Url.Contains("/Bulk", StringComparison.OrdinalIgnoreCase) && BulkVersioned(exchange.RequestBody)))
            return Precondition;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var query = exchange.Url.Split('?', 2) is [_, var q] ? q : "";
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries)) names.Add(Uri.UnescapeDataString(pair.Split('=', 2)[0]));
        // A SearchRequest (POST .search) carries the same parameters as members of its body.
        if (exchange.Method.Equals("POST", StringComparison.OrdinalIgnoreCase) && exchange.Url.Contains("/.search", StringComparison.Ordinal))
            foreach (var member in MembersOf(exchange.RequestBody)) names.Add(member);
        return Constructs.FirstOrDefault(c => c.Parameters.Any(names.Contains)).Construct ?? "";
    }

    private static bool BulkVersioned(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || !body.Contains("\"version\"", StringComparison.Ordinal)) return false;
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("Operations", out var operations)
                && operations.ValueKind == JsonValueKind.Array
                && operations.EnumerateArray().Any(o => o.ValueKind == JsonValueKind.Object && o.TryGetProperty("version", out _));
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string[] MembersOf(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return [];
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.EnumerateObject().Select(m => m.Name).ToArray() : [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? ScimTypeOf(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || !body.Contains("scimType", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            foreach (var member in document.RootElement.EnumerateObject())
                if (member.Name.Equals("scimType", StringComparison.OrdinalIgnoreCase) && member.Value.ValueKind == JsonValueKind.String) return member.Value.GetString();
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// "GET /{type} 2xx", "DELETE /{type}/{id} 2xx": method, endpoint with Users and Groups alike, and class of answer. Two
    /// failures with the same kind got the same response to the same kind of request.
    /// </summary>
    public string RequestKind => $"{Method} {Regex.Replace(Resource, "^/(Users|Groups)(?=/|$)", "/{type}", RegexOptions.IgnoreCase)} {StatusClass}";

    /// <summary>The RFC section or practice family of the first cited requirement: "R7644-3.4.2.2-15" is "R7644-3.4.2.2", "PSEED-DEPROV-01" is "PSEED-DEPROV".</summary>
    public string Section => Requirements.Count == 0 ? "area " + Area : SectionOf(Requirements[0]);

    public static string SectionOf(string requirementId)
    {
        ArgumentNullException.ThrowIfNull(requirementId);
        var last = requirementId.LastIndexOf('-');
        return last > 0 && requirementId[(last + 1)..].All(char.IsAsciiDigit) ? requirementId[..last] : requirementId;
    }

    /// <summary>
    /// The attribute the verdict was about ("User.active"; <see cref="TestOutcome.About"/>), with a derived attribute read
    /// as its source: RFC 7643 §4.1.2 makes User.groups the Group memberships, so a stale or empty User.groups and wrong
    /// Group.members are one fact. Null when the check did not say.
    /// </summary>
    public string? Attribute => Test.About is { Length: > 0 } about ? SourceOf(about) : null;

    /// <summary>The attribute a derived one reflects: User.groups is Group.members; any other is itself.</summary>
    public static string SourceOf(string about)
    {
        ArgumentNullException.ThrowIfNull(about);
        return about.Equals("User.groups", StringComparison.OrdinalIgnoreCase) ? "Group.members" : about;
    }

    /// <summary>The severity word, for rules and texts.</summary>
    public Severity Severity => Test.Check.Severity;
}
