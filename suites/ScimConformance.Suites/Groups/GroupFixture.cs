using System.Text.Json.Nodes;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Groups;

/// <summary>Shared steps of the group checks: users to be members, and reading a group's member ids.</summary>
public abstract class GroupFixture : ScimFixture
{
    protected static async Task<string> NewMemberIdAsync() => IdOf(await CreateUserAsync());

    protected static Task<JsonObject> ReadGroupAsync(string id) => ReadSetUpAsync(Endpoints.Group(id), "reading the group's members");

    protected static string MemberList(JsonObject group) => "[" + string.Join(", ", group.Values("members")) + "]";
}
