using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ScimConformance.ReferenceServer.Filtering;

namespace ScimConformance.ReferenceServer.Storage;

/// <summary>
/// Queries over the resources table, used inside one gated unit of work. Every query sees only the rows of
/// <paramref name="tenant"/>: another tenant's resources do not exist for it.
/// </summary>
/// <remarks>A null tenant sees every tenant's rows; only the cross-tenant-read defect asks for that.</remarks>
internal sealed class ResourceStore(SqliteConnection connection, SqliteTransaction? transaction, string? tenant)
{
    // The Groups of this tenant whose members include $id (from the group_members side table), oldest first.
    private const string GroupsOfMember = "FROM resources AS g WHERE g.type = 'Group' AND g.tenant = ifnull($tenant, g.tenant) "
        + "AND g.seq IN (SELECT seq FROM group_members WHERE member_id = $id) ORDER BY g.seq";

    // Group displayName JSON by row, for GroupNamesContaining; forgotten whenever a Group is written.
    private Dictionary<long, string?>? _groupDisplayNames;

    public JsonObject? Get(string type, string id)
    {
        using var command = Command("SELECT json FROM resources WHERE type = $type AND id = $id AND tenant = ifnull($tenant, tenant)");
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is string json ? JsonNode.Parse(json)!.AsObject() : null;
    }

    /// <summary>Whether any tenant holds this id; ids are unique across tenants.</summary>
    public bool IdInUse(string id)
    {
        using var command = Command("SELECT 1 FROM resources WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is not null;
    }

    public void Insert(string type, string id, JsonObject resource) =>
        Execute("INSERT INTO resources (type, id, json, user_name_folded, display_name_folded, external_id, tenant) "
            + "VALUES ($type, $id, $json, $userName, $displayName, $externalId, $tenant) RETURNING seq", type, id, resource, replaces: false);

    public void Update(string type, string id, JsonObject resource) =>
        Execute("UPDATE resources SET json = $json, user_name_folded = $userName, display_name_folded = $displayName, "
            + "external_id = $externalId WHERE type = $type AND id = $id AND tenant = ifnull($tenant, tenant) RETURNING seq", type, id, resource, replaces: true);

    public bool Delete(string type, string id)
    {
        using var command = Command("DELETE FROM resources WHERE type = $type AND id = $id AND tenant = ifnull($tenant, tenant) RETURNING seq");
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$id", id);
        var seq = command.ExecuteScalar();
        if (seq is long deleted)
        {
            KeepSideRows(type, deleted, written: null, hadRows: true);
        }

        return seq is not null;
    }

    /// <summary>Whether another User of this tenant already has this userName; SCIM compares userName without regard to case.</summary>
    /// <param name="prepared">False under the username-unprepared defect: the name is case-folded but not normalised to NFC.</param>
    public bool UserNameTaken(string userName, string? exceptId, bool caseSensitive, bool prepared = true)
    {
        var sql = caseSensitive
            ? "SELECT 1 FROM resources WHERE type = 'User' AND tenant = ifnull($tenant, tenant) AND scim_compose(json_extract(json, '$.userName')) = $value AND id <> $id"
            : "SELECT 1 FROM resources WHERE type = 'User' AND tenant = ifnull($tenant, tenant) AND user_name_folded = $value AND id <> $id";
        using var command = Command(sql);
        command.Parameters.AddWithValue("$value", caseSensitive ? ScimDatabase.Composed(userName)! : prepared ? ScimDatabase.Fold(userName) : ScimDatabase.FoldCase(userName));
        command.Parameters.AddWithValue("$id", exceptId ?? "");
        return command.ExecuteScalar() is not null;
    }

    /// <summary>Whether another resource of the type in this tenant holds this value at the JSON path (folded unless caseExact).</summary>
    public bool ValueTaken(string type, string jsonPath, string value, bool caseExact, string exceptId)
    {
        var sql = caseExact
            ? "SELECT 1 FROM resources WHERE type = $type AND tenant = ifnull($tenant, tenant) AND id <> $id AND json_extract(json, $path) = $value"
            : "SELECT 1 FROM resources WHERE type = $type AND tenant = ifnull($tenant, tenant) AND id <> $id AND scim_fold(json_extract(json, $path)) = $value";
        using var command = Command(sql);
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$id", exceptId);
        command.Parameters.AddWithValue("$path", jsonPath);
        command.Parameters.AddWithValue("$value", caseExact ? value : ScimDatabase.Fold(value));
        return command.ExecuteScalar() is not null;
    }

    public int Count(string type, SqlFilter filter)
    {
        using var command = Command($"SELECT COUNT(*) FROM resources AS r WHERE r.type = $type AND r.tenant = ifnull($tenant, r.tenant) AND ({filter.Sql})");
        command.Parameters.AddWithValue("$type", type);
        filter.Bind(command);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<JsonObject> Page(string type, SqlFilter filter, int offset, int limit)
    {
        using var command = Command(PageSql(filter));
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        filter.Bind(command);
        var page = new List<JsonObject>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            page.Add(JsonNode.Parse(reader.GetString(0))!.AsObject());
        }

        return page;
    }

    /// <summary>Up to <paramref name="limit"/> matches after the storage sequence <paramref name="afterSeq"/>, with their sequence (keyset paging).</summary>
    public IReadOnlyList<(long Seq, JsonObject Resource)> PageAfter(string type, SqlFilter filter, long afterSeq, int limit)
    {
        using var command = Command(
            $"SELECT r.seq, r.json FROM resources AS r WHERE r.type = $type AND r.tenant = ifnull($tenant, r.tenant) AND r.seq > $after AND ({filter.Sql}) ORDER BY r.seq LIMIT $limit");
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$after", afterSeq);
        command.Parameters.AddWithValue("$limit", limit);
        filter.Bind(command);
        var page = new List<(long, JsonObject)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            page.Add((reader.GetInt64(0), JsonNode.Parse(reader.GetString(1))!.AsObject()));
        }

        return page;
    }

    private static string PageSql(SqlFilter filter) =>
        $"SELECT r.json FROM resources AS r WHERE r.type = $type AND r.tenant = ifnull($tenant, r.tenant) AND ({filter.Sql}) ORDER BY r.seq LIMIT $limit OFFSET $offset";

    /// <summary>SQLite's plan for the page query of a filter (the detail column of EXPLAIN QUERY PLAN), to check that it uses an index.</summary>
    public IReadOnlyList<string> PagePlan(string type, SqlFilter filter)
    {
        using var command = Command("EXPLAIN QUERY PLAN " + PageSql(filter));
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$limit", 100);
        command.Parameters.AddWithValue("$offset", 0);
        filter.Bind(command);
        var plan = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            plan.Add(reader.GetString(3));
        }

        return plan;
    }

    /// <summary>The Groups whose members include the given resource id, oldest first.</summary>
    public IReadOnlyList<JsonObject> GroupsContaining(string memberId)
    {
        using var command = Command("SELECT g.json " + GroupsOfMember);
        command.Parameters.AddWithValue("$id", memberId);
        var groups = new List<JsonObject>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            groups.Add(JsonNode.Parse(reader.GetString(0))!.AsObject());
        }

        return groups;
    }

    /// <summary>
    /// The id and displayName of each Group whose members include the given resource id, oldest first: what a User's
    /// groups attribute shows. A list page renders many Users of the same few Groups, which a run fills with hundreds of
    /// members, so each Group's name is read once per unit of work instead of its whole document once per User.
    /// </summary>
    public IReadOnlyList<(string Id, JsonNode? DisplayName)> GroupNamesContaining(string memberId)
    {
        using var command = Command("SELECT g.seq, g.id " + GroupsOfMember);
        command.Parameters.AddWithValue("$id", memberId);
        var groups = new List<(long Seq, string Id)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                groups.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        return groups.Select(g => (g.Id, DisplayNameOf(g.Seq))).ToArray();
    }

    private JsonNode? DisplayNameOf(long groupSeq)
    {
        _groupDisplayNames ??= [];
        if (!_groupDisplayNames.TryGetValue(groupSeq, out var json))
        {
            using var command = Command("SELECT json -> '$.displayName' FROM resources WHERE seq = $seq");
            command.Parameters.AddWithValue("$seq", groupSeq);
            json = _groupDisplayNames[groupSeq] = command.ExecuteScalar() as string;
        }

        return json is null ? null : JsonNode.Parse(json);
    }

    /// <summary>
    /// The injection-500 defect: the filter pasted into SQL text on this tenant's rows; a filter carrying anything a
    /// naive concatenation chokes on fails with the database error, statement included, leaked to the client.
    /// </summary>
    public void RunNaiveFilter(string type, FilterNode filter)
    {
        if (NaiveFilterQuery.Triggers(filter))
        {
            throw new Http.LeakingServerException(NaiveFilterQuery.Fail(connection, NaiveFilterQuery.Build(type, filter)));
        }
    }

    /// <summary>Every stored resource of every tenant, for operators and tests; the one query not scoped to the tenant.</summary>
    public IReadOnlyList<StoredResource> Snapshot()
    {
        using var command = Command("SELECT type, id, json, tenant FROM resources ORDER BY type, id");
        var all = new List<StoredResource>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            all.Add(new StoredResource(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return all;
    }

    /// <param name="replaces">Whether the row had side rows before this write (an update), which must go first.</param>
    private void Execute(string sql, string type, string id, JsonObject resource, bool replaces)
    {
        using var command = Command(sql);
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$json", resource.ToJsonString(Http.ScimJson.Options));
        command.Parameters.AddWithValue("$userName", (object?)ScimDatabase.Fold(Text(resource, "userName")) ?? DBNull.Value);
        command.Parameters.AddWithValue("$displayName", (object?)ScimDatabase.Fold(Text(resource, "displayName")) ?? DBNull.Value);
        command.Parameters.AddWithValue("$externalId", (object?)Text(resource, "externalId") ?? DBNull.Value);
        if (command.ExecuteScalar() is long seq)
        {
            KeepSideRows(type, seq, resource, replaces);
        }
    }

    /// <summary>
    /// Keeps the side tables (<see cref="SideTable"/>) in step with one row written or (<paramref name="written"/> null)
    /// deleted, and forgets the Group names read before when the row is a Group.
    /// </summary>
    private void KeepSideRows(string type, long seq, JsonObject? written, bool hadRows)
    {
        if (type == GroupMembers.Table.Type)
        {
            _groupDisplayNames = null;
        }

        if (SideTable.Of(type) is not { } table)
        {
            return;
        }

        if (hadRows)
        {
            table.Remove(connection, transaction, seq);
        }

        if (written is not null)
        {
            table.Add(connection, transaction, seq, written);
        }
    }

    private static string? Text(JsonObject resource, string name) =>
        resource[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (sql.Contains("$tenant", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$tenant", (object?)tenant ?? DBNull.Value);
        }

        return command;
    }
}
