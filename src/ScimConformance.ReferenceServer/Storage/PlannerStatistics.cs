using Microsoft.Data.Sqlite;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// Tells SQLite's query planner the shape of a large tenant, as ANALYZE would, so that the plan does not
/// depend on how many rows happen to be stored when a query is prepared.
/// <para>
/// Without statistics SQLite assumes an equality on the first column of an index selects about ten rows,
/// so <c>r.type = 'User'</c> looks more selective than <c>r.seq IN (SELECT seq FROM email_values ...)</c>,
/// and an email lookup walks every user of the type, testing each seq against the list. What matters is
/// only the ratios: type has two values, while user names, ids, email values and seqs are (nearly) unique.
/// </para>
/// </summary>
internal static class PlannerStatistics
{
    // sqlite_stat1 "stat": rows in the index, then the average rows per distinct value of each prefix of its columns.
    private static readonly (string Table, string Index, string Stat)[] Shapes =
    [
        ("resources", "ix_resources_user_name", "1000000 500000 1"),
        ("resources", "ix_resources_display_name", "1000000 500000 2"),
        ("resources", "ix_resources_external_id", "1000000 500000 1"),
        ("resources", "ix_resources_tenant", "1000000 100000 50000"),
        ("resources", "sqlite_autoindex_resources_1", "1000000 500000 1"),
        ("email_values", "ix_email_values_value", "1000000 1 1"),
        ("email_values", "ix_email_values_seq", "1000000 1"),
        ("group_members", "ix_group_members_member", "1000000 5 1"),
        ("group_members", "ix_group_members_seq", "1000000 100"),
    ];

    /// <summary>Writes the statistics (replacing any an earlier ANALYZE left for these indexes) and makes the planner load them.</summary>
    public static void Apply(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        // "ANALYZE sqlite_schema" creates sqlite_stat1 when it is missing and reloads statistics without scanning any table.
        command.CommandText = "ANALYZE sqlite_schema";
        command.ExecuteNonQuery();
        command.CommandText = "DELETE FROM sqlite_stat1 WHERE idx = $idx; INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ($tbl, $idx, $stat)";
        var table = command.Parameters.Add("$tbl", SqliteType.Text);
        var index = command.Parameters.Add("$idx", SqliteType.Text);
        var stat = command.Parameters.Add("$stat", SqliteType.Text);
        foreach (var shape in Shapes)
        {
            (table.Value, index.Value, stat.Value) = shape;
            command.ExecuteNonQuery();
        }

        command.Parameters.Clear();
        command.CommandText = "ANALYZE sqlite_schema";
        command.ExecuteNonQuery();
    }
}
