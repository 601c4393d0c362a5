namespace ScimConformance.Authoring;

/// <summary>Compares resource URIs the server emits with the resource they should name.</summary>
public static class Locations
{
    /// <summary>True when the absolute URI's path ends with /endpoint/id (percent-encoding tolerated).</summary>
    public static bool PointsAt(string uri, string endpoint, string id)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed)) return false;
        var path = Uri.UnescapeDataString(parsed.AbsolutePath).TrimEnd('/');
        return path.EndsWith($"/{endpoint.Trim('/')}/{id}", StringComparison.OrdinalIgnoreCase);
    }
}
