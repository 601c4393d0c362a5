using System.Text.Json.Nodes;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Schema;

/// <summary>For checks that judge how a value sent on create is served: the create and the read-back are both the check's subject.</summary>
public abstract class ReadBackFixture : ScimFixture
{
    /// <summary>
    /// POSTs the user (<paramref name="sent"/> says what it carries) and GETs it back; either answer that is not a success ends
    /// the check as the outcome policy says for <paramref name="requirementId"/>, and null is returned when it ended on a warning.
    /// </summary>
    protected static async Task<(string Path, JsonObject User)?> CreateAndReadUserAsync(JsonObject body, string requirementId, string sent)
    {
        var created = await PostUserAsync(body);
        if (!Responses.Subject(created, requirementId, $"POST /{Endpoints.Users} with {sent}")) return null;
        var path = Endpoints.User(IdOf(created.Object!));
        var read = await Client.GetAsync(path);
        if (!Responses.Subject(read, requirementId, $"GET /{path} of the user created with {sent}")) return null;
        return (path, read.Object!);
    }
}
