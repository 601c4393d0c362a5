namespace ScimConformance.ReferenceServer.Schema;

/// <summary>
/// The reference server's own vendor extensions (declared in Discovery/schemas.json and resourceTypes.json): one
/// attribute of each type and each characteristic on User, a smaller one on Group, so that schema-driven checks
/// have something of every kind to exercise. The URNs use the RFC 6963 "example" namespace, as vendors use their own.
/// </summary>
public static class ReferenceExtension
{
    public const string UserUrn = "urn:example:scim:schemas:extension:reference:2.0:User";
    public const string GroupUrn = "urn:example:scim:schemas:extension:reference:2.0:Group";

    /// <summary>The readOnly, always-returned attribute this server assigns to every user that carries the extension.</summary>
    public const string AccountNumber = "accountNumber";

    /// <summary>Attributes whose canonicalValues are enforced; the others accept any value (RFC 7643 section 7 allows both).</summary>
    internal static IReadOnlySet<string> EnforcedCanonicalValues { get; } = new HashSet<string>([UserUrn + ":shift"], StringComparer.OrdinalIgnoreCase);
}
