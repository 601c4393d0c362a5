using Microsoft.Data.Sqlite;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// What the side tables (<see cref="EmailValues"/>, <see cref="GroupMembers"/>) share: one row per value of a resource,
/// keyed by the resource's seq, derived again from the stored documents on every open and kept in step on every write.
/// </summary>
internal static class SideTable
{
    /// <summary>Empties <paramref name="table"/> and fills it again with <paramref name="derive"/> (an INSERT ... SELECT over the resources).</summary>
    public static void Rebuild(SqliteConnection connection, string table, string derive)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {table}; {derive};";
        command.ExecuteNonQuery();
    }

    /// <summary>Adds one row of <paramref name="column"/> per value for the resource <paramref name="seq"/>.</summary>
    public static void Add(SqliteConnection connection, SqliteTransaction? transaction, string table, string column, long seq, IEnumerable<string> values)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} (seq, {column}) VALUES ($seq, $value)";
        command.Parameters.AddWithValue("$seq", seq);
        var value = command.Parameters.Add("$value", SqliteType.Text);
        foreach (var text in values)
        {
            value.Value = text;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Removes the rows of one resource, before it is rewritten or once it is deleted.</summary>
    public static void Remove(SqliteConnection connection, SqliteTransaction? transaction, string table, long seq)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"DELETE FROM {table} WHERE seq = $seq";
        command.Parameters.AddWithValue("$seq", seq);
        command.ExecuteNonQuery();
    }
}
