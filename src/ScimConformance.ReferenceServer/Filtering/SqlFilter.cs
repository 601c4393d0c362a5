using Microsoft.Data.Sqlite;

namespace ScimConformance.ReferenceServer.Filtering;

/// <summary>A WHERE-clause fragment over the alias "r" with the parameters it needs.</summary>
internal sealed record SqlFilter(string Sql, IReadOnlyList<KeyValuePair<string, object>> Parameters)
{
    public static SqlFilter MatchAll { get; } = new("1 = 1", []);

    public void Bind(SqliteCommand command)
    {
        foreach (var (name, value) in Parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
    }
}
