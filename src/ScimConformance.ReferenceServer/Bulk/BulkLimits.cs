namespace ScimConformance.ReferenceServer.Bulk;

/// <summary>The bulk limits this server advertises in /ServiceProviderConfig (RFC 7644 section 3.7.4).</summary>
internal static class BulkLimits
{
    public const int MaxOperations = 100;
    public const int MaxPayloadSize = 1_048_576;
}
