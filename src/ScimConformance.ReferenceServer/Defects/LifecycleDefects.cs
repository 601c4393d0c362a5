namespace ScimConformance.ReferenceServer;

/// <summary>Defects of the deprovisioning lifecycle: deactivation, deletion and the memberships around them.</summary>
public static class LifecycleDefects
{
    public const string DeactivationIgnored = "deactivation-ignored";
    public const string PutActiveIgnored = "put-active-ignored";
    public const string ReactivationIgnored = "reactivation-ignored";
    public const string DeletedUserStillListed = "deleted-user-still-listed";
    public const string MembershipKeptAfterUserDelete = "membership-kept-after-user-delete";
    public const string IdReusedAfterDelete = "id-reused-after-delete";
    public const string GroupDeleteDeletesMembers = "group-delete-deletes-members";
    public const string SecondDeleteReturns204 = "second-delete-returns-204";

    internal static IReadOnlyList<Defect> All { get; } =
    [
        new(DeactivationIgnored, "PATCH setting active=false answers 200 with active=false in the body, but the stored user stays active.",
            ["DPR-001", "DPR-002", "DPR-004", "DPR-006", "DPR-007", "DPR-008", "DPR-009", "DPR-010", "DPR-028", "DPR-032", "DPR-033", "ENT-017", "ENT-018", "ENT-019", "OKT-008", "PAT-015", "PAT-041", "PAT-042", "PAT-043", "PAT-060"]),
        new(PutActiveIgnored, "PUT ignores the active attribute and keeps the stored value (active can only be changed by PATCH).",
            ["DPR-003", "DPR-010", "ATT-User-active-roundtrip"]),
        new(ReactivationIgnored, "Once deactivated, a user cannot be made active again: active=true is accepted with 200 and dropped.",
            ["DPR-009", "DPR-010", "OKT-013", "PAT-016", "PAT-060", "ATT-User-active-roundtrip"]),
        new(DeletedUserStillListed, "A deleted user answers 404 by id but stays in list, filter and /.search results (a stale search index).",
            ["USR-024", "DPR-016", "DPR-017", "DPR-018", "DPR-019", "DPR-030", "DPR-032", "DPR-033"]),
        new(MembershipKeptAfterUserDelete, "Deleting a user leaves it in the members of the groups it belonged to.",
            ["DPR-022", "DPR-032"]),
        new(IdReusedAfterDelete, "The id of the most recently deleted user is handed to the next user created.",
            ["DPR-020", "DPR-021"]),
        new(GroupDeleteDeletesMembers, "Deleting a group also deletes the users that were its members.", ["DPR-024", "DPR-025"]),
        new(SecondDeleteReturns204, "DELETE of an id that does not exist (or no longer exists) answers 204 instead of 404.", ["DPR-015"]),
    ];
}
