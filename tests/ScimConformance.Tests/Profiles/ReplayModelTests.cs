using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Suites.Profiles;

namespace ScimConformance.Tests.Profiles;

/// <summary>The expected match count of a replayed lookup follows what the replay created, renamed and deleted.</summary>
[TestFixture]
public sealed class ReplayModelTests
{
    private static readonly string[] GroupAndMember = ["groupId", "memberId2"];

    [Test]
    public void A_lookup_expects_one_match_only_while_the_created_user_exists()
    {
        var model = new ReplayModel();
        const string filter = "userName eq \"jo@example.com\"";
        Assert.That(model.ExpectedMatches("Users", filter), Is.EqualTo(0));
        model.Created("Users", "1", JsonNode.Parse("""{"userName":"jo@example.com","externalId":"Ext-1","emails":[{"value":"jo@example.com","type":"work"}]}""")!.AsObject());
        Assert.That(model.ExpectedMatches("Users", filter), Is.EqualTo(1));
        Assert.That(model.ExpectedMatches("Users", "USERNAME eq \"JO@EXAMPLE.COM\""), Is.EqualTo(1), "userName is caseExact=false");
        Assert.That(model.ExpectedMatches("Users", "externalId eq \"ext-1\""), Is.EqualTo(0), "externalId is caseExact=true");
        Assert.That(model.ExpectedMatches("Users", "emails[type eq \"work\"].value eq \"jo@example.com\""), Is.EqualTo(1));
        Assert.That(model.ExpectedMatches("Groups", "displayName eq \"jo@example.com\""), Is.EqualTo(0));
        Assert.That(model.ExpectedMatches("Users", "id eq \"1\" and manager eq \"2\""), Is.Null, "not a single tracked eq clause");
        model.Deleted("Users", "1");
        Assert.That(model.ExpectedMatches("Users", filter), Is.EqualTo(0));
    }

    [Test]
    public void Patch_and_put_move_the_identifiers_a_lookup_finds()
    {
        var model = new ReplayModel();
        model.Created("Users", "1", JsonNode.Parse("""{"userName":"a@x"}""")!.AsObject());
        model.Patched("Users", "1", JsonNode.Parse("""{"Operations":[{"op":"Replace","path":"userName","value":"b@x"}]}""")!.AsObject());
        Assert.That(model.ExpectedMatches("Users", "userName eq \"a@x\""), Is.EqualTo(0));
        Assert.That(model.ExpectedMatches("Users", "userName eq \"b@x\""), Is.EqualTo(1));
        model.Patched("Users", "1", JsonNode.Parse("""{"Operations":[{"op":"replace","value":{"userName":"c@x"}}]}""")!.AsObject());
        Assert.That(model.ExpectedMatches("Users", "userName eq \"c@x\""), Is.EqualTo(1));
        model.Replaced("Users", "1", JsonNode.Parse("""{"userName":"d@x"}""")!.AsObject());
        Assert.That(model.ExpectedMatches("Users", "userName eq \"c@x\""), Is.EqualTo(0));
        Assert.That(model.ExpectedMatches("Users", "userName eq \"d@x\""), Is.EqualTo(1));
    }

    [Test]
    public void Values_substitute_into_paths_queries_and_bodies()
    {
        var values = new ReplayValues("scimconf-run1-", "okta", new ScimConformance.Core.Data.TestDataFactory("scimconf-run1-", 7));
        values.Set("id", "a b");
        Assert.That(values.Substitute("/Users/{{id}}", Uri.EscapeDataString), Is.EqualTo("/Users/a%20b"));
        Assert.That(values.Substitute("{{userName}}"), Does.StartWith("scimconf-run1-okta"));
        var body = values.Substitute(JsonNode.Parse("""{"userName":"{{userName}}","x":["{{id}}"],"{{id}}":1}"""))!.AsObject();
        Assert.That((string?)body["x"]![0], Is.EqualTo("a b"));
        Assert.That(body.ContainsKey("a b"), Is.True);
        Assert.That(ReplayValues.PlaceholdersIn("/Groups/{{groupId}}?x={{memberId2}}"), Is.EqualTo(GroupAndMember));
    }

    [Test]
    public void The_intended_active_value_reads_booleans_entra_strings_and_ops_in_order()
    {
        static JsonObject Body(string json) => JsonNode.Parse(json)!.AsObject();
        Assert.That(IntendedActive.Of("PATCH", Body("""{"Operations":[{"op":"Replace","path":"active","value":"False"}]}""")), Is.False);
        Assert.That(IntendedActive.Of("PATCH", Body("""{"Operations":[{"op":"replace","value":{"active":true}}]}""")), Is.True);
        Assert.That(IntendedActive.Of("PATCH", Body("""{"Operations":[{"op":"Add","path":"active","value":"False"},{"op":"replace","path":"active","value":true}]}""")), Is.True);
        Assert.That(IntendedActive.Of("PATCH", Body("""{"Operations":[{"op":"replace","path":"displayName","value":"x"}]}""")), Is.Null);
        Assert.That(IntendedActive.Of("PUT", Body("""{"userName":"a","active":false}""")), Is.False);
        Assert.That(IntendedActive.Of("POST", Body("""{"active":false}""")), Is.Null);
    }
}
