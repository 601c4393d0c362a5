using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ScimConformance.ReferenceServer.Filtering;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// The injection-500 defect: the filter is pasted into SQL text the way a careless vendor would, and the
/// database error, statement included, is sent to the client. The statement is only prepared, never run,
/// so no injected fragment ever touches the data; and the real, parameterised query still answers when the
/// values carry nothing a naive concatenation would choke on.
/// </summary>
internal static class NaiveFilterQuery
{
    private static readonly string[] Suspicious = ["'", "\"", ";", "--", "/*", "\\"];

    /// <summary>Whether the filter carries a value that breaks or alters SQL built by concatenation.</summary>
    public static bool Triggers(FilterNode filter) => Values(filter).Any(v => Suspicious.Any(s => v.Contains(s, StringComparison.Ordinal)));

    public static string Build(string type, FilterNode filter) =>
        $"SELECT json FROM resources WHERE type = '{type}' AND tenant = ifnull($tenant, tenant) AND {Render(filter)}";

    /// <summary>Prepares the pasted statement on the connection; the message to leak when the defect fires.</summary>
    public static string Fail(SqliteConnection connection, string sql)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Prepare();
            return $"SQL query failed: {sql}";
        }
        catch (SqliteException ex)
        {
            return $"{ex.Message} in statement: {sql}";
        }
    }

    private static string Render(FilterNode node) => node switch
    {
        LogicalFilter l => $"({Render(l.Left)} {(l.IsAnd ? "AND" : "OR")} {Render(l.Right)})",
        NotFilter n => $"NOT ({Render(n.Inner)})",
        ValuePathFilter v => $"EXISTS (SELECT 1 FROM json_each(json, '$.{v.AttributePath}') WHERE {Render(v.Inner)})",
        ComparisonFilter c when c.IsPresence => $"json_extract(json, '$.{c.AttributePath}') IS NOT NULL",
        ComparisonFilter c => $"json_extract(json, '$.{c.AttributePath}') = '{Text(c)}'",
        _ => "1 = 1",
    };

    private static string Text(ComparisonFilter c) =>
        c.Value is { } value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : c.Value?.ToJsonString() ?? "NULL";

    private static IEnumerable<string> Values(FilterNode node) => node switch
    {
        LogicalFilter l => Values(l.Left).Concat(Values(l.Right)),
        NotFilter n => Values(n.Inner),
        ValuePathFilter v => Values(v.Inner),
        ComparisonFilter { Value: { } value } when value.GetValueKind() == JsonValueKind.String => [value.GetValue<string>()],
        _ => [],
    };
}
