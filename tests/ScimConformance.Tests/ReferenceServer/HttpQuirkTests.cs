using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>The HTTP-layer quirk switches really change what the server answers, and only that.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class HttpQuirkTests
{
    [Test]
    public async Task Problem_details_errors_replace_the_scim_error_body()
    {
        await using var server = await ScimTestServer.StartAsync(0, HttpQuirks.ProblemDetailsErrors);
        var missing = await server.GetAsync("/Users/no-such-user");
        var badFilter = await server.GetAsync("/Users?filter=userName%20zz%20%22x%22");

        Assert.Multiple(() =>
        {
            Assert.That(missing.Status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(missing.ContentType, Does.StartWith("application/problem+json"));
            Assert.That((int?)missing.Object["status"], Is.EqualTo(404), "status is a number");
            Assert.That((string?)missing.Object["title"], Is.EqualTo("Not Found"));
            Assert.That(missing.Object.ContainsKey("schemas"), Is.False);
            Assert.That(badFilter.Status, Is.EqualTo(HttpStatusCode.BadRequest), "the status code stays right");
            Assert.That(badFilter.Object.ContainsKey("scimType"), Is.False);
        });
    }

    [Test]
    public async Task Bare_404_answers_unserved_paths_before_authentication()
    {
        await using var quirky = await ScimTestServer.StartAsync(0, HttpQuirks.BareNotFound);
        await using var compliant = await ScimTestServer.StartAsync();

        var widgets = await quirky.AnonymousAsync(HttpMethod.Get, "/Widgets");
        var me = await quirky.AnonymousAsync(HttpMethod.Get, "/Me");
        var unknownUser = await quirky.GetAsync("/Users/no-such-user");
        var compliantWidgets = await compliant.AnonymousAsync(HttpMethod.Get, "/Widgets");

        Assert.Multiple(() =>
        {
            Assert.That((widgets.Status, widgets.Raw), Is.EqualTo((HttpStatusCode.NotFound, "")));
            Assert.That((me.Status, me.Raw), Is.EqualTo((HttpStatusCode.NotFound, "")));
            Assert.That(widgets.Headers.WwwAuthenticate, Is.Empty);
            Assert.That((string?)unknownUser.Object["status"], Is.EqualTo("404"), "a SCIM resource that does not exist still gets a SCIM Error");
            Assert.That(compliantWidgets.Status, Is.EqualTo(HttpStatusCode.Unauthorized), "the compliant server authenticates first");
        });
    }

    [Test]
    public async Task Lenient_json_takes_comments_and_trailing_commas_but_not_broken_json()
    {
        const string Extended = "{ /* created by hand */ \"schemas\": [\"urn:ietf:params:scim:schemas:core:2.0:User\",], \"userName\": \"lenient\", }";
        await using var quirky = await ScimTestServer.StartAsync(0, HttpQuirks.LenientJson);
        await using var compliant = await ScimTestServer.StartAsync();

        var accepted = await PostRawAsync(quirky, Extended);
        var broken = await PostRawAsync(quirky, "{ \"userName\": ");
        var strict = await PostRawAsync(compliant, Extended);

        Assert.Multiple(() =>
        {
            Assert.That(accepted.Status, Is.EqualTo(HttpStatusCode.Created));
            Assert.That((broken.Status, (string?)broken.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidSyntax")));
            Assert.That((strict.Status, (string?)strict.Object["scimType"]), Is.EqualTo((HttpStatusCode.BadRequest, "invalidSyntax")));
        });
    }

    private static async Task<ScimReply> PostRawAsync(ScimTestServer server, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Url("/Users"))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/scim+json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ScimTestServer.Token);
        using var client = new HttpClient();
        using var response = await client.SendAsync(request);
        return await ScimReply.ReadAsync(response);
    }
}
