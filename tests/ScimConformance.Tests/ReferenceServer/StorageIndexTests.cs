using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using NUnit.Framework;
using ScimConformance.ReferenceServer.Filtering;
using ScimConformance.ReferenceServer.Schema;
using ScimConformance.ReferenceServer.Storage;

// Expected values read best inline in assertions.
#pragma warning disable CA1861

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>
/// eq and sw on userName, displayName and externalId search an index instead of scanning the tenant
/// (EXPLAIN QUERY PLAN), and the index hint never changes which resources match.
/// </summary>
[TestFixture]
public sealed class StorageIndexTests : IDisposable
{
    private const string ConstrainedColumn = "(user_name_folded|display_name_folded|external_id)[=<>]";
    private static readonly SchemaRegistry Registry = new();
    private ScimDatabase _db = null!;

    [OneTimeSetUp]
    public async Task Fill()
    {
        _db = new ScimDatabase(null);
        string[] names = ["scimconf-ab12-jane", "SCIMCONF-AB12-Joe", "scimconf-ab13-kim", "scimconf-ab1", "Ärger-Öl", "ärger-öl-2", "seed-user-0001", "scimconf-ab12-%_x"];
        await _db.WriteAsync("default", store =>
        {
            for (var i = 0; i < names.Length; i++)
                store.Insert("User", "u" + i, new JsonObject { ["userName"] = names[i], ["displayName"] = "Name " + names[i], ["externalId"] = "Ext-" + i, ["emails"] = Emails(names[i] + "@Example.COM") });
            for (var i = 0; i < 500; i++)
                store.Insert("User", "s" + i, new JsonObject { ["userName"] = $"seed-user-{i:0000}x", ["externalId"] = "seed-" + i, ["emails"] = Emails($"seed-{i}@example.org", "shared@example.org") });
            return 0;
        });
    }

    public void Dispose() => _db?.Dispose();

    private static JsonArray Emails(params string[] values) =>
        new(values.Select(v => (JsonNode?)new JsonObject { ["value"] = v, ["type"] = "work" }).ToArray());

    private static SqlFilter Filter(string text, bool eqCaseSensitive = false) =>
        SqlFilterTranslator.Translate(FilterParser.Parse(text), Registry.User, eqCaseSensitive);

    private async Task<string[]> UserNames(string filter) =>
        (await _db.ReadAsync("default", store => store.Page("User", Filter(filter), 0, 1000))).Select(u => u["userName"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();

    private async Task<string> Plan(string filter, bool eqCaseSensitive = false) =>
        string.Join(" | ", await _db.ReadAsync("default", store => store.PagePlan("User", Filter(filter, eqCaseSensitive))));

    [TestCase("userName eq \"scimconf-ab12-jane\"", "ix_resources_user_name (type=? AND user_name_folded=?)")]
    [TestCase("userName sw \"scimconf-ab12-\"", "ix_resources_user_name (type=? AND user_name_folded>? AND user_name_folded<?)")]
    [TestCase("displayName eq \"name joe\"", "ix_resources_display_name (type=? AND display_name_folded=?)")]
    [TestCase("externalId eq \"Ext-3\"", "ix_resources_external_id (type=? AND external_id=?)")]
    [TestCase("externalId sw \"seed-4\"", "ix_resources_external_id (type=? AND external_id>? AND external_id<?)")]
    [TestCase("(userName eq \"scimconf-ab12-jane\" or userName eq \"scimconf-ab13-kim\") and active eq false", "ix_resources_user_name (type=? AND user_name_folded=?)")]
    public async Task Eq_and_sw_on_indexed_attributes_search_the_index(string filter, string expected) =>
        Assert.That(await Plan(filter), Does.Contain("SEARCH r USING INDEX " + expected));

    [Test]
    public async Task An_or_of_indexed_lookups_matches_as_without_the_index() =>
        Assert.That(await UserNames("userName eq \"SCIMCONF-ab12-jane\" or (userName eq \"scimconf-ab13-kim\" and displayName sw \"name\") or userName eq \"nobody\""),
            Is.EqualTo(new[] { "scimconf-ab12-jane", "scimconf-ab13-kim" }));

    [Test]
    public async Task Other_operators_and_a_case_sensitive_eq_do_not_claim_the_folded_index() =>
        Assert.Multiple(async () =>
        {
            Assert.That(await Plan("userName co \"ab12\""), Does.Not.Match(ConstrainedColumn));
            Assert.That(await Plan("userName eq \"scimconf-ab12-jane\"", eqCaseSensitive: true), Does.Not.Match(ConstrainedColumn));
            Assert.That(await Plan("title eq \"x\""), Does.Not.Match(ConstrainedColumn));
        });

    [Test]
    public async Task Sw_matches_by_prefix_without_regard_to_case_and_treats_like_wildcards_as_text() =>
        Assert.Multiple(async () =>
        {
            Assert.That(await UserNames("userName sw \"scimconf-ab12-\""), Is.EqualTo(new[] { "SCIMCONF-AB12-Joe", "scimconf-ab12-%_x", "scimconf-ab12-jane" }));
            Assert.That(await UserNames("userName sw \"SCIMCONF-AB1\""), Has.Length.EqualTo(5));
            Assert.That(await UserNames("userName sw \"scimconf-ab12-%\""), Is.EqualTo(new[] { "scimconf-ab12-%_x" }));
            Assert.That(await UserNames("userName sw \"ärger\""), Is.EqualTo(new[] { "Ärger-Öl", "ärger-öl-2" }));
            Assert.That(await UserNames("userName sw \"\""), Has.Length.EqualTo(508));
            Assert.That(await UserNames("userName eq \"scimconf-AB12-JANE\""), Is.EqualTo(new[] { "scimconf-ab12-jane" }));
            Assert.That(await UserNames("not (userName sw \"scimconf-\") and userName sw \"s\""), Has.Length.EqualTo(501));
        });

    [Test]
    public async Task ExternalId_stays_case_exact() =>
        Assert.Multiple(async () =>
        {
            Assert.That(await UserNames("externalId eq \"Ext-0\""), Is.EqualTo(new[] { "scimconf-ab12-jane" }));
            Assert.That(await UserNames("externalId eq \"ext-0\""), Is.Empty);
            Assert.That(await UserNames("externalId sw \"seed-49\""), Has.Length.EqualTo(11));
        });

    private const string EmailIndexSearch = "SEARCH email_values USING COVERING INDEX ix_email_values_value (value_folded=?)";

    [TestCase("emails eq \"Scimconf-AB12-jane@example.com\"")]
    [TestCase("emails.value eq \"scimconf-ab12-jane@example.com\"")]
    [TestCase("emails[value eq \"scimconf-ab12-jane@example.com\"]")]
    [TestCase("emails[type eq \"work\" and value eq \"scimconf-ab12-jane@example.com\"]")]
    [TestCase("emails eq \"a@example.com\" or emails[value eq \"b@example.com\"]")]
    public async Task Eq_on_an_email_address_searches_the_email_index(string filter) =>
        Assert.That(await Plan(filter), Does.Contain(EmailIndexSearch).And.Contain("SEARCH r USING INTEGER PRIMARY KEY (rowid=?)"));

    [TestCase("emails co \"jane\"", false)]
    [TestCase("emails ne \"scimconf-ab12-jane@example.com\"", false)]
    [TestCase("emails.type eq \"work\"", false)]
    [TestCase("emails[type eq \"work\" or value eq \"scimconf-ab12-jane@example.com\"]", false)]
    [TestCase("emails eq \"scimconf-ab12-jane@example.com\"", true)]
    public async Task Other_email_comparisons_do_not_claim_the_folded_email_index(string filter, bool eqCaseSensitive) =>
        Assert.That(await Plan(filter, eqCaseSensitive), Does.Not.Contain(EmailIndexSearch));

    // The predicate the translator wrote for emails eq before the index existed: what every hinted lookup must still return.
    private static SqlFilter UnhintedEmailEq(string value) =>
        new("EXISTS (SELECT 1 FROM json_each(r.json, '$.emails') AS e WHERE coalesce(scim_fold(json_extract(e.value, '$.\"value\"')) = $x, 0))",
            [new("$x", ScimDatabase.Fold(value)!)]);

    [TestCase("SCIMCONF-ab12-JANE@example.com")]
    [TestCase("scimconf-ab12-joe@EXAMPLE.com")]
    [TestCase("ÄRGER-ÖL@example.com")]
    [TestCase("Shared@Example.org")]
    [TestCase("seed-42@example.org")]
    [TestCase("nobody@example.com")]
    public async Task An_email_lookup_matches_as_without_the_index(string address)
    {
        var unhinted = (await _db.ReadAsync("default", store => store.Page("User", UnhintedEmailEq(address), 0, 1000)))
            .Select(u => u["userName"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToArray();
        Assert.Multiple(async () =>
        {
            Assert.That(await UserNames($"emails eq \"{address}\""), Is.EqualTo(unhinted));
            Assert.That(await UserNames($"emails.value eq \"{address}\""), Is.EqualTo(unhinted));
            Assert.That(await UserNames($"emails[value eq \"{address}\"]"), Is.EqualTo(unhinted));
            Assert.That(await UserNames($"not (emails eq \"{address}\")"), Has.Length.EqualTo(508 - unhinted.Length));
            Assert.That(unhinted, address.StartsWith("nobody", StringComparison.Ordinal) ? Is.Empty : Is.Not.Empty);
        });
    }

    [Test]
    public async Task Writes_keep_the_email_index_in_step_with_the_stored_emails()
    {
        using var file = DatabaseFile.Create();
        var path = file.Path;
        string[] afterUpdate, afterDelete;
        string[] oldMatches, newMatches, deletedMatches;
        using (var db = new ScimDatabase(path))
        {
            await db.WriteAsync("default", store =>
            {
                store.Insert("User", "a", new JsonObject { ["userName"] = "a", ["emails"] = Emails("Old@Example.com") });
                store.Insert("User", "b", new JsonObject { ["userName"] = "b", ["emails"] = Emails("Bee@Example.com") });
                store.Update("User", "a", new JsonObject { ["userName"] = "a", ["emails"] = Emails("New@Example.com", "Second@Example.com") });
                return 0;
            });
            oldMatches = await Ids(db, "emails eq \"old@example.com\"");
            newMatches = await Ids(db, "emails eq \"NEW@example.com\"");
            afterUpdate = EmailRows(path);
            await db.WriteAsync("default", store => store.Delete("User", "b"));
            deletedMatches = await Ids(db, "emails eq \"bee@example.com\"");
            afterDelete = EmailRows(path);
        }

        Assert.Multiple(() =>
        {
            Assert.That(oldMatches, Is.Empty);
            Assert.That(newMatches, Is.EqualTo(new[] { "a" }));
            Assert.That(afterUpdate, Is.EqualTo(new[] { "bee@example.com", "new@example.com", "second@example.com" }));
            Assert.That(deletedMatches, Is.Empty);
            Assert.That(afterDelete, Is.EqualTo(new[] { "new@example.com", "second@example.com" }));
        });
    }

    [Test]
    public async Task A_database_file_without_the_email_table_is_backfilled_on_open()
    {
        using var file = DatabaseFile.Create(DatabaseFile.ResourcesTable + """
                INSERT INTO resources (type, id, json, user_name_folded) VALUES
                    ('User', 'legacy-1', '{"id":"legacy-1","userName":"legacy","emails":[{"value":"Legacy@Example.COM","type":"work"},{"type":"home"}]}', 'legacy'),
                    ('Group', 'g-1', '{"id":"g-1","displayName":"g","emails":[{"value":"legacy@example.com"}]}', NULL);
                """);
        var path = file.Path;
        string[] matches, rows;
        string plan;
        using (var db = new ScimDatabase(path))
        {
            matches = await Ids(db, "emails eq \"LEGACY@example.com\"");
            plan = string.Join(" | ", await db.ReadAsync("default", store => store.PagePlan("User", Filter("emails eq \"legacy@example.com\""))));
            rows = EmailRows(path);
        }

        Assert.Multiple(() =>
        {
            Assert.That(matches, Is.EqualTo(new[] { "legacy-1" }));
            Assert.That(plan, Does.Contain(EmailIndexSearch));
            Assert.That(rows, Is.EqualTo(new[] { "legacy@example.com" }));
        });
    }

    private static async Task<string[]> Ids(ScimDatabase db, string filter) =>
        (await db.ReadAsync("default", store => store.Page("User", Filter(filter), 0, 100))).Select(u => u["id"]?.GetValue<string>() ?? u["userName"]!.GetValue<string>()).ToArray();

    private static string[] EmailRows(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value_folded FROM email_values ORDER BY value_folded";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetString(0));
        return rows.ToArray();
    }

    [TestCase("abc", "abd")]
    [TestCase("scimconf-ab12-", "scimconf-ab12.")]
    [TestCase("a\U0010FFFF", "b")]
    [TestCase("\uD7FF", "\uE000")]
    [TestCase("x\U0001F600", "x\U0001F601")]
    public void Upper_bound_increments_the_last_code_point(string prefix, string expected) =>
        Assert.That(IndexedColumns.UpperBound(prefix), Is.EqualTo(expected));

    [Test]
    public void No_upper_bound_exists_for_the_empty_prefix_or_only_maximal_code_points() =>
        Assert.Multiple(() =>
        {
            Assert.That(IndexedColumns.UpperBound(""), Is.Null);
            Assert.That(IndexedColumns.UpperBound("\U0010FFFF\U0010FFFF"), Is.Null);
        });
}
