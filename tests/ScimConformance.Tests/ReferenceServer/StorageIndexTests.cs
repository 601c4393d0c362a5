using System.Text.Json.Nodes;
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
                store.Insert("User", "u" + i, new JsonObject { ["userName"] = names[i], ["displayName"] = "Name " + names[i], ["externalId"] = "Ext-" + i });
            for (var i = 0; i < 500; i++)
                store.Insert("User", "s" + i, new JsonObject { ["userName"] = $"seed-user-{i:0000}x", ["externalId"] = "seed-" + i });
            return 0;
        });
    }

    public void Dispose() => _db?.Dispose();

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
