using Microsoft.Data.Sqlite;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>
/// A temporary SQLite file for the reference server's --db, optionally written first by raw SQL (a file an
/// older server version left behind); deleted on dispose.
/// </summary>
internal sealed class DatabaseFile : IDisposable
{
    /// <summary>The resources table as a server wrote it before the side tables (email values, group members) existed.</summary>
    public const string ResourcesTable = """
        CREATE TABLE resources (seq INTEGER PRIMARY KEY AUTOINCREMENT, type TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL,
            user_name_folded TEXT, display_name_folded TEXT, external_id TEXT, tenant TEXT NOT NULL DEFAULT 'default', UNIQUE (type, id));
        """;

    private DatabaseFile(string path) => Path = path;

    public string Path { get; }

    public static DatabaseFile Create(string? sql = null)
    {
        var file = new DatabaseFile(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "scimref-" + Guid.NewGuid().ToString("N") + ".db"));
        if (sql is null) return file;
        using var connection = new SqliteConnection($"Data Source={file.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
        return file;
    }

    public void Dispose() => File.Delete(Path);
}
