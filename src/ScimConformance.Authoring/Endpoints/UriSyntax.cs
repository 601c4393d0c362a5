namespace ScimConformance.Authoring;

/// <summary>RFC 3986 checks on URIs a server emits (meta.location, $ref, Location): what System.Uri forgives, a strict client may not.</summary>
public static class UriSyntax
{
    // RFC 3986 §2.2 reserved and §2.3 unreserved characters; anything else appears only percent-encoded (§2.1).
    private const string Allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=";

    /// <summary>The first character that RFC 3986 §2.1 requires to be percent-encoded, or a malformed %-escape; null when none.</summary>
    public static string? FirstUnencoded(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        for (var i = 0; i < uri.Length; i++)
        {
            var c = uri[i];
            if (c == '%')
            {
                if (i + 2 >= uri.Length || !Uri.IsHexDigit(uri[i + 1]) || !Uri.IsHexDigit(uri[i + 2]))
                    return $"'%' at position {i} is not followed by two hex digits";
                i += 2;
            }
            else if (!Allowed.Contains(c, StringComparison.Ordinal))
            {
                return $"'{c}' (U+{(int)c:X4}) at position {i} is not percent-encoded";
            }
        }
        return null;
    }

    /// <summary>
    /// Resolves a reference, absolute or relative, against the SCIM root (RFC 7643 §2.3.7: the request URI truncated
    /// before the endpoint segment, i.e. the base URL), and returns the path under the base URL it names, or null when
    /// it is not a URI reference or points outside the base URL (the run sends its credentials nowhere else).
    /// </summary>
    public static string? PathUnderBase(Uri baseUrl, string reference)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var root = new Uri(baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        if (!Uri.TryCreate(root, reference, out var resolved)) return null;
        var rootText = root.GetLeftPart(UriPartial.Path);
        var target = resolved.GetLeftPart(UriPartial.Path);
        return target.StartsWith(rootText, StringComparison.OrdinalIgnoreCase) ? target[rootText.Length..] : null;
    }
}
