namespace ScimConformance.ReferenceServer;

/// <summary>Real-world quirks of create, replace and bulk writes (those still pending are marked, see <see cref="DefectCatalog.Pending"/>).</summary>
public static class WriteQuirks
{
    public const string EmailsRequired = "emails-required";
    public const string BulkConflictAfterCreate = "bulk-409-after-create";
    public const string PutOverwritesOtherUser = "put-overwrites-other-user";
    public const string LocationNamesCollection = "location-names-collection";
    public const string GroupMembersUnresolved = "group-members-unresolved";
    public const string ExtensionWithoutSchemasUrn = "extension-without-schemas-urn";
    public const string ActiveDefaulted = "active-defaulted";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        // Active since the harness adapts its data to a refused create and says so once (issue 14 item 3).
        new(EmailsRequired,
            "A user without emails is refused on POST and PUT with 400 invalidValue (\"emails is required\"), while /Schemas declares emails optional.",
            [])
        {
            Benign = true,
            Allowance = "RFC 7644 §3.3 and §3.12: a provider may refuse a create it cannot accept with 400 and a detail saying why; RFC 7643 §7 required describes the schema, "
                + "so a client adapts (a check may warn once that /Schemas understates the demand).",
        },
        // Active since a POST not reported as created is followed by a lookup (issue 14 item 7): the group is found, deleted
        // and named; CleanupTests holds that, the end-to-end defect run holds BLK-004.
        new(BulkConflictAfterCreate,
            "A bulk POST of a Group creates the group but reports status 409 for the operation, without a location (RFC 7644 §3.7.3: each result carries the status "
            + "the operation had; a create that succeeded is 201 with its location).",
            ["BLK-004"]),
        // Caught by PUT-008: two run users, a PUT to one carrying the other's id, then both read back (issue 14 item 8).
        new(PutOverwritesOtherUser,
            "PUT /Users/{a} whose body carries the id of another existing user b overwrites b with the body and leaves a unchanged (RFC 7644 §3.5.1: PUT replaces "
            + "the resource at the request URI; RFC 7643 §3.1: id is readOnly and set by the provider). Critical: any client can rewrite any user.",
            ["PUT-008"]),
        new(LocationNamesCollection,
            "POST answers 201 with a Location header naming the collection (…/Users) instead of the new resource (RFC 7644 §3.3: Location is the new resource's URI, "
            + "the same as meta.location).",
            ["USR-002", "USR-003"]),
        new(GroupMembersUnresolved,
            "Group members whose value names no existing User or Group are accepted, stored and served with a $ref to nothing (RFC 7643 §4.2: members.value is "
            + "the identifier of a member resource and $ref its URI; §2.3.7: a reference resolves to the target).",
            ["GRP-013"]),
        // Refusing such a body is a SHOULD (RFC 7644 §3.12) and the server lists the URN when it serves the data, so USR-044 warns.
        Settled.Warned(ExtensionWithoutSchemasUrn,
            "POST and PUT accept extension attributes while the body's schemas leaves out the extension URN (RFC 7643 §3: schemas names every schema whose attributes "
            + "the representation uses; RFC 7644 §3.12: a body that does not conform should be answered 400 invalidSyntax).",
            ["USR-044"]),
        Settled.Benign(ActiveDefaulted,
            "A User created without active is stored and served with active true.",
            "RFC 7644 §3.3: the server is free to alter POSTed content and returns the resource as stored; §3.4.2.2 names server-defaulted attributes, "
            + "which filters compare by the value last returned (RFC 7643 §4.1.1 leaves active's meaning to the provider)."),
    ];
}
