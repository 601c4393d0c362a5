using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// A side table of one resource type (<see cref="EmailValues"/>, <see cref="GroupMembers"/>): one row per
/// <c>value</c> of the objects in one multi-valued attribute of a resource, keyed by the resource's seq, so that a lookup
/// by value searches an index instead of opening every resource's JSON. It is derived again from the stored documents on
/// every open (an INSERT ... SELECT over <c>json_each</c>, with the expression a lookup compares) and kept in step from the
/// document in hand on every write.
/// </summary>
/// <param name="valueIndex">The name of the index on (<paramref name="column"/>, seq), which the planner statistics name too.</param>
/// <param name="folded">Whether values are stored folded (<see cref="ScimDatabase.Fold"/>, <c>scim_fold</c> in SQL), for case-insensitive lookups.</param>
internal sealed class SideTable(string type, string name, string column, string valueIndex, string attribute, bool folded)
{
    // The element's value as the lookups compare it; `$."value"` is the path the email filter hint's predicate uses.
    private const string ElementValue = "json_extract(e.value, '$.\"value\"')";

    public static IReadOnlyList<SideTable> All { get; } = [EmailValues.Table, GroupMembers.Table];

    /// <summary>The resource type whose values the table holds.</summary>
    public string Type => type;

    public string Ddl => $"""
        CREATE TABLE IF NOT EXISTS {name} (
            seq INTEGER NOT NULL,
            {column} TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS {valueIndex} ON {name} ({column}, seq);
        CREATE INDEX IF NOT EXISTS ix_{name}_seq ON {name} (seq);
        """;

    /// <summary>The side table of <paramref name="resourceType"/>, if it has one.</summary>
    public static SideTable? Of(string resourceType) => All.FirstOrDefault(t => t.Type == resourceType);

    /// <summary>
    /// Empties the table and derives it again. Run on every open, not only when the table is new: a file written by an
    /// older server, or edited by hand, may hold resources whose values the table lacks. The values of an element that is
    /// not an object cannot match a lookup.
    /// </summary>
    public void Rebuild(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            DELETE FROM {name};
            INSERT INTO {name} (seq, {column})
            SELECT r.seq, {(folded ? $"scim_fold({ElementValue})" : ElementValue)}
            FROM resources AS r, json_each(r.json, '$.{attribute}') AS e
            WHERE r.type = '{type}' AND e.type = 'object' AND {ElementValue} IS NOT NULL;
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Adds the rows of one resource as it is written.</summary>
    /// <remarks>
    /// Read from the document in hand rather than with the json_each statement of <see cref="Rebuild"/>: running that for
    /// every write added about 40 µs per user to a 100,000-user seed, twice what this costs. Every document written
    /// through the service has passed <see cref="Resources.ValueConverter"/>, so each value is a string and the two
    /// readings agree.
    /// </remarks>
    public void Add(SqliteConnection connection, SqliteTransaction? transaction, long seq, JsonObject resource)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {name} (seq, {column}) VALUES ($seq, $value)";
        command.Parameters.AddWithValue("$seq", seq);
        var value = command.Parameters.Add("$value", SqliteType.Text);
        foreach (var text in Values(resource))
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

    private IEnumerable<string> Values(JsonObject resource) =>
        (resource[attribute] as JsonArray ?? [])
            .Select(element => element is JsonObject entry && entry["value"] is JsonValue value && value.TryGetValue(out string? text) ? text : null)
            .OfType<string>()
            .Select(text => folded ? ScimDatabase.Fold(text)! : text);
}
