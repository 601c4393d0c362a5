using ScimConformance.ReferenceServer.Http;

namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>
/// RFC 7644 §7.5.2: a GET whose filter carries a password puts a credential into a URL (logs, proxies, browser history);
/// this server refuses it with 403 sensitive and serves the same filter through POST .search.
/// </summary>
internal static class SensitiveFilter
{
    /// <summary>Throws 403 sensitive when the filter compares password; an unparsable filter is left to the list's own refusal.</summary>
    public static void RefuseInUrl(string filter)
    {
        FilterNode parsed;
        try
        {
            parsed = FilterParser.Parse(filter);
        }
        catch (ScimException)
        {
            return;
        }

        if (NamesPassword(parsed))
        {
            throw new ScimException(403, ScimErrorType.Sensitive, "A filter on password must not travel in a URL: send it with POST .search.");
        }
    }

    private static bool NamesPassword(FilterNode node) => node switch
    {
        LogicalFilter logical => NamesPassword(logical.Left) || NamesPassword(logical.Right),
        NotFilter not => NamesPassword(not.Inner),
        ValuePathFilter valuePath => IsPassword(valuePath.AttributePath) || NamesPassword(valuePath.Inner),
        ComparisonFilter comparison => IsPassword(comparison.AttributePath),
        _ => false,
    };

    // "password" or its URN-qualified form (urn:ietf:params:scim:schemas:core:2.0:User:password).
    private static bool IsPassword(string path) =>
        path.Equals("password", StringComparison.OrdinalIgnoreCase) || path.EndsWith(":password", StringComparison.OrdinalIgnoreCase);
}
