using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer.Storage;

// Expected values read best inline in assertions.
#pragma warning disable CA1861

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>
/// A User's groups come from the group_members side table: it follows every write of a Group, is rebuilt from the stored
/// documents on open, and a Group renamed inside one unit of work shows its new name there at once.
/// </summary>
[TestFixture]
public sealed class GroupMembersIndexTests
{
    private static JsonObject Group(string displayName, params string[] memberIds) => new()
    {
        ["displayName"] = displayName,
        ["members"] = new JsonArray(memberIds.Select(id => (JsonNode?)new JsonObject { ["value"] = id, ["type"] = "User" }).ToArray()),
    };

    private static string[] Names(ResourceStore store, string memberId) =>
        store.GroupNamesContaining(memberId).Select(g => $"{g.Id}:{g.DisplayName?.GetValue<string>()}").ToArray();

    [Test]
    public async Task Writes_keep_each_members_groups_in_step()
    {
        using var db = new ScimDatabase(null);
        var afterInsert = await db.WriteAsync("default", store =>
        {
            store.Insert("Group", "g1", Group("One", "a", "b"));
            store.Insert("Group", "g2", Group("Two", "a"));
            return Names(store, "a");
        });
        var afterUpdate = await db.WriteAsync("default", store =>
        {
            store.Update("Group", "g1", Group("One", "b"));
            return Names(store, "a");
        });
        var afterDelete = await db.WriteAsync("default", store =>
        {
            store.Delete("Group", "g2");
            return (A: Names(store, "a"), B: Names(store, "b"), Whole: store.GroupsContaining("b").Select(g => g["displayName"]!.GetValue<string>()).ToArray());
        });

        Assert.Multiple(() =>
        {
            Assert.That(afterInsert, Is.EqualTo(new[] { "g1:One", "g2:Two" }));
            Assert.That(afterUpdate, Is.EqualTo(new[] { "g2:Two" }));
            Assert.That(afterDelete.A, Is.Empty);
            Assert.That(afterDelete.B, Is.EqualTo(new[] { "g1:One" }));
            Assert.That(afterDelete.Whole, Is.EqualTo(new[] { "One" }));
        });
    }

    [Test]
    public async Task A_group_renamed_in_the_same_unit_of_work_shows_its_new_name()
    {
        using var db = new ScimDatabase(null);
        var (before, after) = await db.WriteAsync("default", store =>
        {
            store.Insert("Group", "g1", Group("One", "a"));
            var before = Names(store, "a");
            store.Update("Group", "g1", Group("Uno", "a"));
            return (before, Names(store, "a"));
        });

        Assert.That((before, after), Is.EqualTo((new[] { "g1:One" }, new[] { "g1:Uno" })));
    }

    [Test]
    public async Task A_database_file_without_the_member_table_is_backfilled_on_open()
    {
        using var file = DatabaseFile.Create(DatabaseFile.ResourcesTable + """
                INSERT INTO resources (type, id, json, display_name_folded) VALUES
                    ('Group', 'g-1', '{"id":"g-1","displayName":"Legacy","members":[{"value":"u-1"},{"display":"no value"}]}', 'legacy'),
                    ('Group', 'g-2', '{"id":"g-2","displayName":"Other","members":[{"value":"u-2"}]}', 'other');
                """);
        using var db = new ScimDatabase(file.Path);

        var names = await db.ReadAsync("default", store => Names(store, "u-1"));

        Assert.That(names, Is.EqualTo(new[] { "g-1:Legacy" }));
    }
}
