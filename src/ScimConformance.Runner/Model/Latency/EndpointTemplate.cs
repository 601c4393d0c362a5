namespace ScimConformance.Runner.Model.Latency;

/// <summary>
/// The endpoint a request went to, with resource ids replaced: <c>/Users/2819c223</c> becomes
/// <c>/Users/{id}</c>. Paths are taken relative to the target's base URL and the query string is dropped
/// (filters carry user data, and a query parameter may carry a secret).
/// </summary>
public static class EndpointTemplate
{
    public const string Id = "{id}";
    private const int MaxSegmentChars = 64;

    public static string Of(string url, string baseUrl)
    {
        var path = PathOf(url);
        var basePath = PathOf(baseUrl).TrimEnd('/');
        if (basePath.Length > 0 && path.StartsWith(basePath + "/", StringComparison.OrdinalIgnoreCase)) path = path[basePath.Length..];
        else if (string.Equals(path, basePath, StringComparison.OrdinalIgnoreCase)) path = "/";
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            // /<ResourceType>/<id>/...: the second segment names a resource, except the /.search action.
            if ((i == 1 && segments[i] != ".search") || LooksLikeId(segments[i])) segments[i] = Id;
            else if (segments[i].Length > MaxSegmentChars) segments[i] = "{long}";
        }
        return "/" + string.Join('/', segments);
    }

    /// <summary>The path of a URL without its query string or fragment; the text itself when it is no absolute URL.</summary>
    public static string PathOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsAbsoluteUri && !uri.IsFile) return uri.AbsolutePath;
        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? url : url[..cut];
    }

    private static bool LooksLikeId(string segment) =>
        Guid.TryParse(segment, out _) || (segment.Length > 0 && segment.All(char.IsAsciiDigit));
}
