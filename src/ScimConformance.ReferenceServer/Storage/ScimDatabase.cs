using Microsoft.Data.Sqlite;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// The one SQLite connection of a host. All access is serialised through a gate, which keeps an
/// in-memory database alive for the host's lifetime and makes parallel clients safe; writes run in a
/// transaction so a failed request leaves nothing half-done.
/// </summary>
internal sealed class ScimDatabase : IDisposable
{
    private const string Ddl = """
        CREATE TABLE IF NOT EXISTS resources (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            type TEXT NOT NULL,
            id TEXT NOT NULL,
            json TEXT NOT NULL,
            user_name_folded TEXT,
            display_name_folded TEXT,
            external_id TEXT,
            UNIQUE (type, id)
        );
        CREATE INDEX IF NOT EXISTS ix_resources_user_name ON resources (type, user_name_folded);
        CREATE INDEX IF NOT EXISTS ix_resources_display_name ON resources (type, display_name_folded);
        CREATE INDEX IF NOT EXISTS ix_resources_external_id ON resources (type, external_id);
        """;

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ScimDatabase(string? dbPath)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = dbPath ?? ":memory:",
            Mode = dbPath is null ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        // SQLite's lower() folds ASCII only; SCIM's caseExact=false needs the same folding on both sides.
        _connection.CreateFunction("scim_fold", (string? text) => Fold(text), isDeterministic: true);
        using var command = _connection.CreateCommand();
        command.CommandText = Ddl;
        command.ExecuteNonQuery();
    }

    public static string? Fold(string? text) => text?.ToUpperInvariant().ToLowerInvariant();

    public async Task<T> ReadAsync<T>(Func<ResourceStore, T> work)
    {
        await _gate.WaitAsync();
        try
        {
            return work(new ResourceStore(_connection, null));
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<T> WriteAsync<T>(Func<ResourceStore, T> work)
    {
        await _gate.WaitAsync();
        try
        {
            using var transaction = _connection.BeginTransaction();
            var result = work(new ResourceStore(_connection, transaction));
            transaction.Commit();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }
}
