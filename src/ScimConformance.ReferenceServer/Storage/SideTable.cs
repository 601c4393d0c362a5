using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// A side table of one resource type (<see cref="EmailValues"/>, <see cref="GroupMembers"/>): one row per value of a
/// resource, keyed by the resource's seq, derived again from the stored documents on every open (<paramref name="derive"/>,
/// an INSERT ... SELECT over the resources) and kept in step from the document in hand on every write (<paramref name="values"/>).
/// </summary>
internal sealed class SideTable(string type, string name, string column, string ddl, string derive, Func<JsonObject, IEnumerable<string>> values)
{
    public static IReadOnlyList<SideTable> All { get; } = [EmailValues.Table, GroupMembers.Table];

    /// <summary>The resource type whose values the table holds.</summary>
    public string Type => type;

    public string Ddl => ddl;

    /// <summary>The side table of <paramref name="resourceType"/>, if it has one.</summary>
    public static SideTable? Of(string resourceType) => All.FirstOrDefault(t => t.Type == resourceType);

    /// <summary>
    /// Empties the table and derives it again. Run on every open, not only when the table is new: a file written by an
    /// older server, or edited by hand, may hold resources whose values the table lacks.
    /// </summary>
    public void Rebuild(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {name}; {derive};";
        command.ExecuteNonQuery();
    }

    /// <summary>Adds the rows of one resource as it is written.</summary>
    public void Add(SqliteConnection connection, SqliteTransaction? transaction, long seq, JsonObject resource)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {name} (seq, {column}) VALUES ($seq, $value)";
        command.Parameters.AddWithValue("$seq", seq);
        var value = command.Parameters.Add("$value", SqliteType.Text);
        foreach (var text in values(resource))
        {
            value.Value = text;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Removes the rows of one resource, before it is rewritten or once it is deleted.</summary>
    public void Remove(SqliteConnection connection, SqliteTransaction? transaction, long seq)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"DELETE FROM {name} WHERE seq = $seq";
        command.Parameters.AddWithValue("$seq", seq);
        command.ExecuteNonQuery();
    }
}
