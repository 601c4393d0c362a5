using NUnit.Framework;
using ScimConformance.Authoring;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7644 §3.4.2.5 and §3.9: attributes and excludedAttributes on GET /Users/{id}.</summary>
public sealed class UserAttributeSelectionTests : ScimFixture
{
    [Test]
    [ScimTest("USR-037", "attributes= keeps id and schemas", Areas.Users, Severity.Medium, "R7643-7-14", "R7643-2.1-01",
        Remediation = "Always return id (returned=always) and schemas, whatever the attributes parameter names.")]
    public async Task Attributes_keep_id_and_schemas()
    {
        var user = await CreateUserAsync();

        var response = await GetWithAsync(Endpoints.User(IdOf(user)), ("attributes", "userName"));

        if (!Responses.Subject(response, "R7643-7-14", $"GET /{Endpoints.User(IdOf(user))}?attributes=userName")) return;
        Verify.That(response.Object.Text("id") == IdOf(user), "R7643-7-14",
            $"attributes=userName: expected id (returned=always) to stay, got {response.Object.At("id").Show()}.");
        // RFC 7644 §3.4.2 shows an attributes= result without schemas: a strict reading, so a warning (docs/interpretations.md).
        Verify.Should(response.Object.Strings("schemas").Count > 0, "R7643-2.1-01",
            $"attributes=userName: schemas left out ({response.Object.At("schemas").Show()}); RFC 7644 §3.4.2 shows this form, but clients that dispatch on schemas need it.");
    }

    [Test]
    [ScimTest("USR-038", "attributes= returns the requested attribute and drops unrequested defaults", Areas.Users, Severity.Medium, "R7644-3.9-01", "R7644-3.4.2.5-01",
        Remediation = "With attributes=..., return only the always-returned attributes plus those named.")]
    public async Task Attributes_select_what_is_returned()
    {
        var user = await CreateUserAsync();
        Verify.Precondition(user.Has("emails") && user.Has("userName"), "the created user shows no emails to leave out.");

        var response = await GetWithAsync(Endpoints.User(IdOf(user)), ("attributes", "userName"));

        if (!Responses.Subject(response, "R7644-3.9-01", $"GET /{Endpoints.User(IdOf(user))}?attributes=userName")) return;
        Verify.That(response.Object.Text("userName") == UserNameOf(user), "R7644-3.9-01",
            $"attributes=userName: expected userName {UserNameOf(user)}, got {response.Object.At("userName").Show()}.");
        Verify.That(!response.Object.Has("emails") && !response.Object.Has("name"), "R7644-3.9-01",
            $"attributes=userName: expected emails and name to be left out, got emails {response.Object.At("emails").Show()}.");
    }

    [Test]
    [ScimTest("USR-039", "excludedAttributes= drops the named attribute and keeps the rest", Areas.Users, Severity.Medium, "R7644-3.9-02", "R7644-3.4.2.5-01",
        Remediation = "With excludedAttributes=..., return the default set minus the named attributes (never dropping returned=always ones).")]
    public async Task Excluded_attributes_are_dropped()
    {
        var user = await CreateUserAsync();
        Verify.Precondition(user.Has("emails"), "the created user shows no emails to exclude.");

        var response = await GetWithAsync(Endpoints.User(IdOf(user)), ("excludedAttributes", "emails"));

        if (!Responses.Subject(response, "R7644-3.9-02", $"GET /{Endpoints.User(IdOf(user))}?excludedAttributes=emails")) return;
        Verify.That(!response.Object.Has("emails"), "R7644-3.9-02",
            $"excludedAttributes=emails: expected no emails, got {response.Object.At("emails").Show()}.");
        Verify.That(response.Object.Text("userName") == UserNameOf(user) && response.Object.Text("id") == IdOf(user), "R7644-3.9-02",
            $"excludedAttributes=emails: expected id and userName to stay, got id {response.Object.At("id").Show()}, userName {response.Object.At("userName").Show()}.");
    }
}
