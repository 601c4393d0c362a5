using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// The group_members side table: one row per members[*].value of each Group, so that a User's groups (read for every
/// User the server renders) come from an index instead of opening every Group's JSON. Filling User.groups that way
/// took a fifth of a whole run's CPU, harness included, once a run's groups had gathered their members.
/// <para>
/// Kept like <see cref="EmailValues"/> (<see cref="SideTable"/>): derived in SQL with the lookup's own expression,
/// <c>json_extract(element, '$.value')</c> over <c>json_each</c>, on every open, and from the document in hand on
/// every write.
/// </para>
/// </summary>
internal static class GroupMembers
{
    public static SideTable Table { get; } = new("Group", "group_members", "member_id", Ddl, Derive, Values);

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS group_members (
            seq INTEGER NOT NULL,
            member_id TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_group_members_member ON group_members (member_id, seq);
        CREATE INDEX IF NOT EXISTS ix_group_members_seq ON group_members (seq);
        """;

    private const string Derive = """
        INSERT INTO group_members (seq, member_id)
        SELECT r.seq, json_extract(m.value, '$.value')
        FROM resources AS r, json_each(r.json, '$.members') AS m
        WHERE r.type = 'Group' AND m.type = 'object' AND json_extract(m.value, '$.value') IS NOT NULL
        """;

    /// <summary>The members[*].value of a Group as it is written.</summary>
    /// <remarks>Every document written through the service has passed <see cref="Resources.ValueConverter"/>, so each members[*].value is a string.</remarks>
    private static IEnumerable<string> Values(JsonObject group) =>
        (group["members"] as JsonArray ?? [])
            .Select(member => member is JsonObject entry && entry["value"] is JsonValue value && value.TryGetValue(out string? id) ? id : null)
            .OfType<string>();
}
