namespace ScimConformance.ReferenceServer.Http;

/// <summary>
/// If-Match and If-None-Match evaluation (RFC 7232 sections 3.1 and 3.2) against a resource version.
/// Comparison is weak, as RFC 7644 section 3.14 sends weak validators in If-Match.
/// </summary>
internal static class EntityTags
{
    /// <summary>Whether a header value ("*", or a list of entity tags) names the current version.</summary>
    public static bool Matches(string header, string? current)
    {
        if (current is null)
        {
            return false;
        }

        var tags = Split(header);
        return tags.Contains("*") || tags.Any(t => Opaque(t) == Opaque(current));
    }

    private static string[] Split(string header) =>
        header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Opaque(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
