using Microsoft.Data.Sqlite;
using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Http;

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
            tenant TEXT NOT NULL DEFAULT 'default',
            UNIQUE (type, id)
        );
        CREATE INDEX IF NOT EXISTS ix_resources_user_name ON resources (type, user_name_folded);
        CREATE INDEX IF NOT EXISTS ix_resources_tenant ON resources (tenant, type);
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
        // A case-sensitive comparison still compares prepared (NFC) strings (RFC 7644 §7.8).
        _connection.CreateFunction("scim_compose", (string? text) => Composed(text), isDeterministic: true);
        using var command = _connection.CreateCommand();
        // A database file written before tenants existed gets the column; its rows belong to the default tenant.
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('resources') WHERE name = 'tenant'";
        var hasTable = false;
        using (var probe = _connection.CreateCommand())
        {
            probe.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'resources'";
            hasTable = Convert.ToInt32(probe.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }

        if (hasTable && Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            command.CommandText = $"ALTER TABLE resources ADD COLUMN tenant TEXT NOT NULL DEFAULT '{DefaultTenant}'";
            command.ExecuteNonQuery();
        }

        command.CommandText = Ddl + string.Concat(SideTable.All.Select(table => table.Ddl));
        command.ExecuteNonQuery();
        foreach (var table in SideTable.All)
        {
            table.Rebuild(_connection);
        }

        PlannerStatistics.Apply(_connection);
    }

    /// <summary>The tenant of the static <see cref="ReferenceServerOptions.Token"/> and of seeded users.</summary>
    public const string DefaultTenant = "default";

    public static string? Fold(string? text) => FoldCase(Composed(text));

    /// <summary>
    /// The case fold alone, without Unicode normalisation: what the username-unprepared defect compares, so "é" sent
    /// decomposed (e U+0301) no longer meets the same name stored precomposed.
    /// </summary>
    public static string? FoldCase(string? text) => text?.ToUpperInvariant().ToLowerInvariant();

    /// <summary>
    /// NFC, the normalisation step of the PRECIS profiles (RFC 7613, required for userName by RFC 7644 §5 and §7.8); a string
    /// that is not valid Unicode (a lone surrogate) cannot be normalised and is compared as it is.
    /// </summary>
    public static string? Composed(string? text)
    {
        if (text is null || text.All(char.IsAscii))
        {
            return text;
        }

        try
        {
            return text.Normalize(System.Text.NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>Runs read-only work that sees only the given tenant's resources (null: every tenant's).</summary>
    public async Task<T> ReadAsync<T>(string? tenant, Func<ResourceStore, T> work)
    {
        await _gate.WaitAsync();
        try
        {
            return work(new ResourceStore(_connection, null, tenant));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs work in one transaction that sees and changes only the given tenant's resources.</summary>
    public async Task<T> WriteAsync<T>(string tenant, Func<ResourceStore, T> work)
    {
        await _gate.WaitAsync();
        try
        {
            using var transaction = _connection.BeginTransaction();
            var result = work(new ResourceStore(_connection, transaction, tenant));
            transaction.Commit();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Every tenant's resources exactly as stored, ordered by type then id.</summary>
    public Task<IReadOnlyList<StoredResource>> SnapshotAsync() => ReadAsync(null, store => store.Snapshot());

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }
}
