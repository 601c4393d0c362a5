namespace ScimConformance.ReferenceServer;

/// <summary>
/// Defects in honouring declared attribute characteristics and computed attributes (issue 17; those still pending
/// are in <see cref="DefectCatalog.Pending"/>): the held-out defects the schema-driven checks are meant to catch.
/// </summary>
public static class SchemaFidelityDefects
{
    public const string ReturnedRequestUnasked = "returned-request-unasked";
    public const string ImmutableExtensionChanges = "immutable-extension-changes";
    public const string CanonicalValueRewritten = "canonical-value-rewritten";
    public const string MembersDisplayRefWrong = "members-display-ref-wrong";
    public const string UserGroupsNeverFilled = "user-groups-never-filled";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new Defect(ReturnedRequestUnasked,
            "Attributes whose returned characteristic is request (the reference extension's clearanceLevel) come back in every GET and list without being asked for "
            + "(RFC 7643 §7: such an attribute is returned by a query only when attributes names it, and by a write only when the write specified it).",
            ["ATT-User-reference.clearanceLevel-returned-request"]),
        new Defect(ImmutableExtensionChanges,
            "The reference extension's immutable badgeId changes on PUT and PATCH once it has a value (RFC 7643 §7 and RFC 7644 §3.5.1: an immutable value, once set, "
            + "is never changed; 400 mutability).",
            ["ATT-User-reference.badgeId-immutable"]),
        new Defect(CanonicalValueRewritten,
            "A value outside the canonicalValues the server enforces (the reference extension's shift) is quietly stored as the first canonical value instead of "
            + "being refused (RFC 7643 §2.3.1 and §7: a server may refuse such a value with 400 invalidValue, or keep it; storing another one loses the client's data).",
            ["ATT-User-reference.shift-canonical"]),
        new Defect(MembersDisplayRefWrong,
            "Group members come back with $ref and display describing the group itself instead of the member (RFC 7643 §4.2: members.$ref is the URI of the member "
            + "resource, display its display name).",
            ["GRP-012", "SCH-010"]),
        // GRP-011 fails it: groups is the list of the user's groups (RFC 7643 §4.1.2, readOnly, returned by default), and with
        // Group resources exposed its value MUST be the group's id (R7643-4.1.2-06), so leaving a held membership out misstates it.
        new Defect(UserGroupsNeverFilled,
            "User.groups is never returned, whatever groups the user belongs to (RFC 7643 §4.1.2: when Groups are exposed, groups lists the user's groups by id and URI).",
            ["GRP-011"]),
    ];
}
