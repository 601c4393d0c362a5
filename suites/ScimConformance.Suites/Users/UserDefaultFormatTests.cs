using NUnit.Framework;
using ScimConformance.Authoring;
using ScimConformance.Core;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Users;

/// <summary>RFC 7644 §3.8: with no format named, the answer is application/scim+json in UTF-8.</summary>
public sealed class UserDefaultFormatTests : ScimFixture
{
    [Test]
    [ScimTest("USR-042", "A client naming no format gets application/scim+json in UTF-8", Areas.Users, Severity.Low, "R7644-3.8-05", "R7644-3.8-02",
        Remediation = "Label responses to a request with Accept: */* (or none) as application/scim+json, with no charset or charset=utf-8.")]
    public async Task Default_format_is_scim_json_in_utf8()
    {
        var user = await CreateUserAsync();

        // The client always sends some Accept header; */* names no format, which is what the RFC's default is about.
        var response = await Client.SendAsync(new ScimRequest(HttpMethod.Get, Endpoints.User(IdOf(user))) { Headers = [new("Accept", "*/*")] });

        if (!Responses.Subject(response, "R7644-3.8-05", "GET of the created user with Accept: */*")) return;
        var contentType = response.Header("Content-Type") ?? "(none)";
        Verify.That(response.MediaType == ScimUris.MediaType, "R7644-3.8-05",
            $"GET with Accept: */*: expected Content-Type {ScimUris.MediaType}, got {contentType}.");
        var charset = contentType.Split(';').Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase));
        Verify.That(charset is null || string.Equals(charset["charset=".Length..].Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase), "R7644-3.8-02",
            $"GET with Accept: */*: expected UTF-8 (no charset, or charset=utf-8), got Content-Type {contentType}.");
    }

    [Test]
    [ScimTest("USR-043", "A user created without externalId has none", Areas.Users, Severity.Medium, "R7643-3.1-09",
        Remediation = "Never set externalId yourself: it belongs to the provisioning client and stays unassigned until a client sends it.")]
    public async Task ExternalId_is_not_invented()
    {
        var body = Run.Data.User();
        body.Remove("externalId");

        var user = CreatedView(await PostUserAsync(body), "a user without externalId");
        var read = await ReadSetUpAsync(Endpoints.User(IdOf(user)), "reading the created user back");
        foreach (var (what, view) in new[] { ("POST response", user), ("GET", read) })
            Verify.That(view.At("externalId") is null, "R7643-3.1-09",
                $"{what}: the user was created without externalId, yet externalId reads {view.At("externalId").Show()}; only the client sets it.");
    }
}
