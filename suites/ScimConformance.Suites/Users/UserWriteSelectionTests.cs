using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7644 §3.9: attributes and excludedAttributes shape the resource a POST or PUT answers with, as on GET.</summary>
public sealed class UserWriteSelectionTests : ScimFixture
{
    [Test]
    [ScimTest("USR-070", "attributes= and excludedAttributes= apply to the resource POST and PUT return", Areas.Users, Severity.Medium, "R7644-3.9-03",
        Remediation = "Apply attributes and excludedAttributes to every answer that carries a resource: POST and PUT (and PATCH) as well as GET.")]
    public async Task Selection_applies_to_create_and_replace()
    {
        var body = Run.Data.User();
        Verify.Precondition(body["emails"] is not null, "the generated user has no emails to leave out.");

        var created = await PostRecordedAsync(Endpoints.Users, "User", body, query: [new("attributes", "userName")]);
        if (!Responses.Subject(created, "R7644-3.9-03", $"POST /{Endpoints.Users}?attributes=userName")) return;
        Verify.That(created.Object.Text("userName") is not null && !created.Object.Has("emails"), "R7644-3.9-03",
            $"POST with attributes=userName: expected userName without emails, got userName {created.Object.At("userName").Show()} and emails {created.Object.At("emails").Show()}.");

        var id = created.Object.Text("id");
        Verify.Precondition(id is { Length: > 0 }, "the POST answer carries no id, so the PUT cannot be addressed.");
        body["id"] = id;
        // A server without changePassword may refuse a PUT carrying password; the check is about the answer's shape.
        body.Remove("password");
        var replaced = await Client.SendAsync(new ScimRequest(HttpMethod.Put, Endpoints.User(id!)) { Json = body, Query = [new("excludedAttributes", "emails")] });
        if (!Responses.Subject(replaced, "R7644-3.9-03", $"PUT /{Endpoints.User(id!)}?excludedAttributes=emails")) return;
        Verify.That(replaced.Object.Text("userName") is not null && !replaced.Object.Has("emails"), "R7644-3.9-03",
            $"PUT with excludedAttributes=emails: expected userName without emails, got userName {replaced.Object.At("userName").Show()} and emails {replaced.Object.At("emails").Show()}.");
    }
}
