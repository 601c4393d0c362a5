using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Discovery;

namespace ScimConformance.Suites.Schema;

/// <summary>
/// RFC 7643 §2.3.7 and RFC 7644 §1.2/§1.3: the references a server emits (meta.location, members.$ref, groups.$ref)
/// are percent-encoded URI references, resolved against the SCIM root, that a GET follows to the resource they name.
/// </summary>
public sealed class ReferenceValueTests : SchemaValidationFixture
{
    [Test]
    [ScimTest("SCH-010", "Emitted references are encoded URIs that resolve to the resource they name", Areas.Schema, Severity.Medium,
        "R7643-2.3.7-01", "R7643-2.3.7-02", "R7643-2.3.7-03", "R7644-1.2-01", "R7644-1.3-01",
        Needs = [Capability.Groups],
        Remediation = "Emit meta.location and every $ref as the percent-encoded URI (absolute, or relative to the SCIM root) of the resource it names, without a query.")]
    public async Task References_resolve_to_their_targets()
    {
        var memberId = IdOf(await CreateUserAsync());
        var groupId = IdOf(await CreateGroupAsync(Run.Data.Group(memberId)));
        var group = await ReadSetUpAsync(Endpoints.Group(groupId), "reading the group back");
        var user = await ReadSetUpAsync(Endpoints.User(memberId), "reading its member back");

        var references = new List<(string Target, string Reference, string Endpoint, string Id, string Holder, string Attribute)>();
        void Add(string? reference, string endpoint, string? id, string holder, string attribute)
        {
            if (reference is not null && id is not null) references.Add(($"{endpoint}/{id}", reference, endpoint, id, holder, attribute));
        }
        Add(group.Text("meta.location"), Endpoints.Groups, groupId, "Group", "meta.location");
        Add(user.Text("meta.location"), Endpoints.Users, memberId, "User", "meta.location");
        foreach (var entry in (group["members"] as JsonArray ?? []).OfType<JsonObject>())
            Add(entry.Text("$ref"), Endpoints.Users, entry.Text("value"), "Group", "members.$ref");
        foreach (var entry in (user["groups"] as JsonArray ?? []).OfType<JsonObject>())
            Add(entry.Text("$ref"), Endpoints.Groups, entry.Text("value"), "User", "groups.$ref");
        if (references.Count == 0) Assert.Ignore("Skipped: the user and group carry neither meta.location nor $ref, so there is no reference to follow.");

        foreach (var (target, reference, endpoint, id, holder, attribute) in references)
        {
            Verify.About(holder, attribute);
            Verify.That(Uri.TryCreate(reference, UriKind.RelativeOrAbsolute, out _), "R7643-2.3.7-01",
                $"reference to {target}: expected an absolute or relative URI, got \"{reference}\".");
            var unencoded = UriSyntax.FirstUnencoded(reference);
            Verify.That(unencoded is null, "R7644-1.2-01", $"reference to {target} \"{reference}\": {unencoded}; RFC 3986 §2.1 requires it percent-encoded.");
            Verify.That(!reference.Contains('?', StringComparison.Ordinal), "R7644-1.3-01",
                $"reference to {target} \"{reference}\" carries a query: the SCIM base URI has none, and a resource URI is the base plus path segments.");
            var path = UriSyntax.PathUnderBase(Run.Settings.BaseUrl, reference);
            // An absolute URI on another origin can be right (a public hostname); the run sends its credentials nowhere else.
            if (path is null) continue;
            Verify.That(path.TrimEnd('/').Equals($"{endpoint}/{id}", StringComparison.OrdinalIgnoreCase) || Uri.UnescapeDataString(path.TrimEnd('/')) == $"{endpoint}/{id}", "R7643-2.3.7-02",
                $"reference to {target} \"{reference}\", resolved against the SCIM root, names /{path} instead.");
            var followed = await Client.GetAsync(path);
            if (!Responses.Subject(followed, "R7643-2.3.7-03", $"GET of the reference to {target} (\"{reference}\")")) continue;
            Verify.That(followed.Object.Text("id") == id, "R7643-2.3.7-03",
                $"GET of the reference to {target} (\"{reference}\"): expected id {id}, got {Describe(followed)} with id {followed.Object.At("id").Show()}.");
        }
    }
}
