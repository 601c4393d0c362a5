using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Core.Json;

namespace ScimConformance.Tests.Core.Json;

/// <summary>RFC 7643 §2.1: attribute names are case-insensitive; the one lookup every harness reader uses.</summary>
public sealed class ScimMembersTests
{
    [Test]
    public void A_member_is_found_whatever_its_casing_and_keeps_its_spelling()
    {
        var resource = JsonNode.Parse("""{"UserName":"bjensen"}""")!.AsObject();
        Assert.Multiple(() =>
        {
            Assert.That(ScimMembers.Member(resource, "userName")!.GetValue<string>(), Is.EqualTo("bjensen"));
            Assert.That(ScimMembers.FindKey(resource, "USERNAME"), Is.EqualTo("UserName"));
        });
    }

    [Test]
    public void The_exact_spelling_wins_over_another_casing() =>
        Assert.That(ScimMembers.Member(JsonNode.Parse("""{"USERNAME":"a","userName":"b"}""")!.AsObject(), "userName")!.GetValue<string>(), Is.EqualTo("b"));

    [Test]
    public void A_missing_member_or_object_is_null()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ScimMembers.Member(new JsonObject(), "id"), Is.Null);
            Assert.That(ScimMembers.Member(null, "id"), Is.Null);
            Assert.That(ScimMembers.FindKey(new JsonObject { ["idx"] = 1 }, "id"), Is.Null);
        });
    }
}
