namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// The group_members side table: one row per members[*].value of each Group, so that a User's groups (read for every
/// User the server renders) come from an index instead of opening every Group's JSON. Filling User.groups that way
/// took a fifth of a whole run's CPU, harness included, once a run's groups had gathered their members.
/// </summary>
internal static class GroupMembers
{
    public static SideTable Table { get; } = new("Group", "group_members", "member_id", "ix_group_members_member", "members", folded: false);
}
