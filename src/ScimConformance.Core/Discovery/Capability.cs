namespace ScimConformance.Core.Discovery;

/// <summary>Capability names a test can need; each maps to a ServiceProviderConfig feature.</summary>
public static class Capability
{
    public const string Patch = "patch";
    public const string Filter = "filter";
    public const string Sort = "sort";
    public const string ETag = "etag";
    public const string Bulk = "bulk";
    public const string ChangePassword = "changePassword";
    public const string Groups = "groups";              // a Group resource type is advertised
    public const string EnterpriseUser = "enterpriseUser"; // the enterprise extension is advertised on User
}
