namespace ScimConformance.ReferenceServer;

/// <summary>Defects in what a write means (issue 17 item 2, third round): unassigning, setting an immutable value the first time, rewriting a member, operations after a schemas change, the manager's URI.</summary>
public static class WriteSemanticsDefects
{
    public const string ImmutableFirstValueRefused = "immutable-first-value-refused";
    public const string NullUnassignIgnored = "null-unassign-ignored";
    public const string MemberValueRewritten = "member-value-rewritten";
    public const string PatchSchemasSeenLate = "patch-schemas-seen-late";
    public const string ManagerRefMissing = "manager-ref-missing";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(ImmutableFirstValueRefused,
            "A PUT or PATCH that gives the reference extension's immutable badgeId its first value is refused with 400 mutability, as if the "
            + "attribute had one (RFC 7644 §3.5.1 and §3.5.2: an immutable attribute with no value takes the one a replace or add supplies).",
            ["ATT-User-reference.badgeId-immutable"]),
        new(NullUnassignIgnored,
            "A PUT that assigns null or [] to an attribute keeps its stored value, as if the attribute had not been sent (RFC 7643 §2.5: "
            + "assigning null or an empty array unassigns the attribute; RFC 7644 §3.5.1: PUT replaces the resource).",
            ["PUT-090"]),
        new(MemberValueRewritten,
            "PATCH replace members[value eq \"id\"].value rewrites the existing member in place, so the group holds another resource under the old "
            + "entry (RFC 7643 §4.2: members can be added or removed, but the sub-attributes of an existing member are immutable).",
            ["PAT-100"]),
        new(PatchSchemasSeenLate,
            "In a PATCH whose operation adds an extension URN to schemas, later operations on that extension's attributes are judged against the "
            + "schemas the resource had before the request and refused with 400 invalidPath (RFC 7644 §3.5.2: after an operation alters schemas, "
            + "later operations see the altered schemas).",
            ["PAT-101"]),
        Settled.Warned(ManagerRefMissing,
            "The enterprise manager comes back with value only, never with $ref, even when value names an existing user (RFC 7643 §4.3: "
            + "manager.$ref, the URI of the manager's resource, is RECOMMENDED).",
            ["USR-100"]),
    ];
}
