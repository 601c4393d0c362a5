using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// The group_members side table: one row per members[*].value of each Group, so that a User's groups (read for every
/// User the server renders) come from an index instead of opening every Group's JSON. Filling User.groups that way
/// took a fifth of a whole run's CPU, harness included, once a run's groups had gathered their members.
/// <para>
/// Kept like <see cref="EmailValues"/>: derived in SQL with the lookup's own expression,
/// <c>json_extract(element, '$.value')</c> over <c>json_each</c>, on every open, and from the document in hand on
/// every write.
/// </para>
/// </summary>
internal static class GroupMembers
{
    public const string Type = "Group";

    public const string Ddl = """
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

    /// <summary>Rebuilds the whole table from the resources; run on every open, as <see cref="EmailValues.Rebuild"/> is.</summary>
    public static void Rebuild(SqliteConnection connection) => SideTable.Rebuild(connection, "group_members", Derive);

    /// <summary>Adds the rows of one Group as it is written.</summary>
    /// <remarks>Every document written through the service has passed <see cref="Resources.ValueConverter"/>, so each members[*].value is a string.</remarks>
    public static void Add(SqliteConnection connection, SqliteTransaction? transaction, long seq, JsonObject group)
    {
        if (group["members"] is not JsonArray members)
        {
            return;
        }

        SideTable.Add(connection, transaction, "group_members", "member_id", seq, members
            .Select(member => member is JsonObject entry && entry["value"] is JsonValue value && value.TryGetValue(out string? id) ? id : null)
            .OfType<string>());
    }

    /// <summary>Removes the rows of one Group, before it is rewritten or once it is deleted.</summary>
    public static void Remove(SqliteConnection connection, SqliteTransaction? transaction, long seq) =>
        SideTable.Remove(connection, transaction, "group_members", seq);
}
