using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Discovery;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Schema;

/// <summary>RFC 7643 §3.1: every resource the provider accepts is given an id and meta, in the answer to the create and afterwards.</summary>
public sealed class CommonMetaTests : ScimFixture
{
    [Test]
    [ScimTest("SCH-050", "Created users and groups carry id and meta, on create and on read", Areas.Schema, Severity.Medium, "R7643-3.1-01", "R7643-3.1-02",
        Remediation = "Return id and a meta object (resourceType, created, lastModified, location) in the 201 answer to POST and in every later read.")]
    public async Task Created_resources_carry_id_and_meta()
    {
        await CheckAsync("User", Endpoints.Users, await PostUserAsync(Run.Data.User()));
        if (Run.Capabilities.Has(Capability.Groups, Run.Discovery))
            await CheckAsync("Group", Endpoints.Groups, await PostGroupAsync(Run.Data.Group()));
    }

    private static async Task CheckAsync(string resourceType, string endpoint, ScimResponse post)
    {
        var what = resourceType.ToLowerInvariant();
        var created = CreatedView(post, $"a {what}");
        Verify.About(resourceType, created.Text("id") is { Length: > 0 } ? "meta" : "id");
        Verify.That(created.Text("id") is { Length: > 0 } && created.Object("meta") is not null, "R7643-3.1-02",
            $"POST /{endpoint} answered {Describe(post)}; expected the created {what} to carry id and meta, got id {created.At("id").Show()}, meta {created.At("meta").Show()}.");

        var read = await Client.GetAsync($"{endpoint}/{IdOf(created)}");
        if (!Responses.Subject(read, "R7643-3.1-01", $"GET /{endpoint}/{IdOf(created)} of the created {what}")) return;
        Verify.About(resourceType, read.Object.Text("id") is { Length: > 0 } ? "meta" : "id");
        Verify.That(read.Object.Text("id") is { Length: > 0 } && read.Object.Object("meta") is not null, "R7643-3.1-01",
            $"GET /{endpoint}/{IdOf(created)}: expected id and meta on the {what}, got id {read.Object.At("id").Show()}, meta {read.Object.At("meta").Show()}.");
    }
}
