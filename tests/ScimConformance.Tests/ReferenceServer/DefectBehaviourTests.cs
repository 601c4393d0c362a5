using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>Each defect switch really changes the behaviour it names (the compliant behaviour is covered by the other fixtures).</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class DefectBehaviourTests
{
    [Test]
    public void Catalog_holds_the_twelve_defects_with_descriptions()
    {
        string[] expected =
        [
            "no-location-header", "password-returned", "username-uniqueness-case-sensitive", "delete-returns-200",
            "soft-delete-readable", "error-status-number", "client-id-honoured", "group-members-ignored",
            "filter-eq-case-sensitive", "missing-total-results", "json-content-type", "meta-location-missing",
        ];
        Assert.That(DefectCatalog.All.Select(d => d.Name), Is.SupersetOf(expected).And.Unique);
        Assert.That(DefectCatalog.All.Select(d => d.Description), Has.All.Length.GreaterThan(10));
        Assert.That(DefectCatalog.Find("PASSWORD-RETURNED")?.Name, Is.EqualTo("password-returned"));
        Assert.That(DefectCatalog.Find("nope"), Is.Null);
    }

    [Test]
    public async Task No_location_header()
    {
        await using var server = await ScimTestServer.StartAsync(0, "no-location-header");
        var reply = await server.PostAsync("/Users", ScimTestServer.NewUser("d-location"));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(reply.Headers.Location, Is.Null);
        Assert.That(reply.Object["meta"]!["location"], Is.Not.Null);
    }

    [Test]
    public async Task Password_returned()
    {
        await using var server = await ScimTestServer.StartAsync(0, "password-returned");
        var user = ScimTestServer.NewUser("d-secret");
        user["password"] = "Hunter2!x";
        var created = await server.PostAsync("/Users", user);
        var fetched = await server.GetAsync("/Users/" + (string)created.Object["id"]!);
        var listed = await server.GetAsync("/Users");
        Assert.That((string?)created.Object["password"], Is.EqualTo("Hunter2!x"));
        Assert.That((string?)fetched.Object["password"], Is.EqualTo("Hunter2!x"));
        Assert.That(listed.Raw, Does.Contain("Hunter2!x"));
    }

    [Test]
    public async Task Username_uniqueness_case_sensitive()
    {
        await using var server = await ScimTestServer.StartAsync(0, "username-uniqueness-case-sensitive");
        await server.CreateUserAsync("d-unique");
        var sameCase = await server.PostAsync("/Users", ScimTestServer.NewUser("d-unique"));
        var otherCase = await server.PostAsync("/Users", ScimTestServer.NewUser("D-UNIQUE"));
        Assert.That(sameCase.Status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(otherCase.Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Delete_returns_200()
    {
        await using var server = await ScimTestServer.StartAsync(0, "delete-returns-200");
        var id = await server.CreateUserAsync("d-delete");
        var reply = await server.SendAsync(HttpMethod.Delete, "/Users/" + id);
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(reply.Raw, Is.Not.Empty);
        Assert.That((await server.GetAsync("/Users/" + id)).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Soft_delete_readable()
    {
        await using var server = await ScimTestServer.StartAsync(0, "soft-delete-readable");
        var id = await server.CreateUserAsync("d-soft");
        var deleted = await server.SendAsync(HttpMethod.Delete, "/Users/" + id);
        var fetched = await server.GetAsync("/Users/" + id);
        var listed = await server.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName eq \"d-soft\""));
        Assert.That(deleted.Status, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(fetched.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((bool?)fetched.Object["active"], Is.False);
        Assert.That(listed.Listed, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Error_status_number()
    {
        await using var server = await ScimTestServer.StartAsync(0, "error-status-number");
        var reply = await server.GetAsync("/Users/missing");
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(reply.Object["status"]!.GetValueKind(), Is.EqualTo(JsonValueKind.Number));
        Assert.That((int)reply.Object["status"]!, Is.EqualTo(404));
    }

    [Test]
    public async Task Client_id_honoured()
    {
        await using var server = await ScimTestServer.StartAsync(0, "client-id-honoured");
        var user = ScimTestServer.NewUser("d-client-id");
        user["id"] = "my-own-id";
        var reply = await server.PostAsync("/Users", user);
        Assert.That((string?)reply.Object["id"], Is.EqualTo("my-own-id"));
        Assert.That((await server.GetAsync("/Users/my-own-id")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Group_members_ignored()
    {
        await using var server = await ScimTestServer.StartAsync(0, "group-members-ignored");
        var userId = await server.CreateUserAsync("d-member");
        var groupId = await server.CreateGroupAsync("Ignored Members", userId);
        var group = await server.GetAsync("/Groups/" + groupId);
        Assert.That(group.Object["members"], Is.Null);
        Assert.That((await server.GetAsync("/Users/" + userId)).Object["groups"], Is.Null);
    }

    [Test]
    public async Task Filter_eq_case_sensitive()
    {
        await using var server = await ScimTestServer.StartAsync(0, "filter-eq-case-sensitive");
        await server.CreateUserAsync("d-Filter");
        var exact = await server.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName eq \"d-Filter\""));
        var otherCase = await server.GetAsync("/Users?filter=" + Uri.EscapeDataString("userName eq \"D-FILTER\""));
        Assert.That(exact.Listed, Has.Count.EqualTo(1));
        Assert.That(otherCase.Listed, Is.Empty);
    }

    [Test]
    public async Task Missing_total_results()
    {
        await using var server = await ScimTestServer.StartAsync(2, "missing-total-results");
        var reply = await server.GetAsync("/Users");
        Assert.That(reply.Object.ContainsKey("totalResults"), Is.False);
        Assert.That(reply.Listed, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Json_content_type()
    {
        await using var server = await ScimTestServer.StartAsync(0, "json-content-type");
        var reply = await server.GetAsync("/ServiceProviderConfig");
        Assert.That(reply.ContentType, Does.StartWith("application/json"));
    }

    [Test]
    public async Task Meta_location_missing()
    {
        await using var server = await ScimTestServer.StartAsync(0, "meta-location-missing");
        var reply = await server.PostAsync("/Users", ScimTestServer.NewUser("d-meta"));
        Assert.That(reply.Object["meta"]!["location"], Is.Null);
        Assert.That(reply.Object["meta"]!["version"], Is.Not.Null);
        Assert.That(reply.Headers.Location, Is.Not.Null);
    }
}
