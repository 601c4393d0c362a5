using System.Text.Json.Nodes;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Groups;

/// <summary>Shared steps of the group checks: users to be members, and reading a group's member ids.</summary>
public abstract class GroupFixture : ScimFixture
{
    protected static async Task<string> NewMemberIdAsync() => IdOf(await CreateUserAsync());

    protected static async Task<JsonObject> ReadGroupAsync(string id)
    {
        var response = await Client.GetAsync(Endpoints.Group(id));
        Verify.Precondition(response.Status == 200 && response.Object is not null,
            $"GET /{Endpoints.Group(id)} answered {Describe(response)}; the group's members cannot be read.");
        return response.Object!;
    }

    protected static string MemberList(JsonObject group) => "[" + string.Join(", ", group.Values("members")) + "]";
}
