using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// The email_values side table: one row per emails[*].value of each User, folded, so that an identity
/// provider's <c>emails eq "..."</c> searches an index instead of opening every user's JSON.
/// <para>
/// The filter hint built on it (<see cref="Filtering.EmailIndex"/>) is only a necessary condition, so the
/// table must hold every value the JSON predicate could match. On open the rows are therefore derived in
/// SQL with the predicate's own expression, <c>scim_fold(json_extract(element, '$."value"'))</c>, over the
/// same <c>json_each</c>, so any value the predicate can see in a file, of whatever JSON type, is in the table.
/// </para>
/// </summary>
internal static class EmailValues
{
    /// <summary>The table, of the one resource type with emails.</summary>
    public static SideTable Table { get; } = new("User", "email_values", "value_folded", Ddl, Derive, Values);

    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS email_values (
            seq INTEGER NOT NULL,
            value_folded TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_email_values_value ON email_values (value_folded, seq);
        CREATE INDEX IF NOT EXISTS ix_email_values_seq ON email_values (seq);
        """;

    // Only a User has emails; the values of one element that is not an object cannot match the predicate.
    private const string Derive = """
        INSERT INTO email_values (seq, value_folded)
        SELECT r.seq, scim_fold(json_extract(e.value, '$."value"'))
        FROM resources AS r, json_each(r.json, '$.emails') AS e
        WHERE r.type = 'User' AND e.type = 'object' AND json_extract(e.value, '$."value"') IS NOT NULL
        """;

    /// <summary>The folded emails[*].value of a User as it is written.</summary>
    /// <remarks>
    /// Read from the document in hand rather than with <see cref="Derive"/>: running the json_each statement for
    /// every write added about 40 µs per user to a 100,000-user seed, twice what this costs. Every document written
    /// through the service has passed <see cref="Resources.ValueConverter"/>, so each emails[*].value is a
    /// string and the two readings agree.
    /// </remarks>
    private static IEnumerable<string> Values(JsonObject user) =>
        (user["emails"] as JsonArray ?? [])
            .Select(email => email is JsonObject element && element["value"] is JsonValue text && text.TryGetValue(out string? address) ? ScimDatabase.Fold(address) : null)
            .OfType<string>();
}
