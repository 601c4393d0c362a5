using System.Net;
using System.Net.Http.Headers;
using System.Text;
using NUnit.Framework;

namespace ScimConformance.Tests.ReferenceServer;

[TestFixture]
[Category("ReferenceServer")]
public sealed class AuthAndErrorTests
{
    private ScimTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await ScimTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    private async Task<ScimReply> GetWith(string path, AuthenticationHeaderValue? authorization)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Url(path));
        request.Headers.Authorization = authorization;
        using var response = await client.SendAsync(request);
        return await ScimReply.ReadAsync(response);
    }

    [TestCase("/Users")]
    [TestCase("/Groups")]
    public async Task Missing_token_is_401_with_bearer_challenge(string path)
    {
        var reply = await GetWith(path, null);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(reply.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer realm=\"scim\""));
            Assert.That((string?)reply.Object["status"], Is.EqualTo("401"));
        });
    }

    [Test]
    public async Task Wrong_token_is_401_invalid_token_and_is_not_echoed()
    {
        var reply = await GetWith("/Users", new AuthenticationHeaderValue("Bearer", "wrong-token-value"));

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(reply.Headers.WwwAuthenticate.ToString(), Does.Contain("error=\"invalid_token\""));
            Assert.That(reply.Raw, Does.Not.Contain("wrong-token-value"));
        });
    }

    [Test]
    public async Task Basic_credentials_are_refused()
    {
        var reply = await GetWith("/Users", new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("a:" + ScimTestServer.Token))));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Malformed_json_is_400_invalidSyntax_without_exception_text()
    {
        using var content = new StringContent("{\"userName\": ", Encoding.UTF8, "application/scim+json");
        using var response = await _server.Http.PostAsync(_server.Url("/Users"), content);
        var reply = await ScimReply.ReadAsync(response);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)reply.Object["scimType"], Is.EqualTo("invalidSyntax"));
            Assert.That(reply.Raw, Does.Not.Contain("Exception").And.Not.Contain(" at "));
        });
    }

    [Test]
    public async Task Unsupported_method_and_malformed_bulk_answer_scim_errors()
    {
        var method = await _server.SendAsync(HttpMethod.Delete, "/Users");
        var bulk = await _server.PostAsync("/Bulk", new System.Text.Json.Nodes.JsonObject());

        Assert.That(method.Status, Is.EqualTo(HttpStatusCode.MethodNotAllowed).Or.EqualTo(HttpStatusCode.NotFound));
        Assert.That(method.Object["schemas"]![0]!.GetValue<string>(), Is.EqualTo("urn:ietf:params:scim:api:messages:2.0:Error"));
        Assert.That(bulk.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((string?)bulk.Object["scimType"], Is.EqualTo("invalidSyntax"));
    }

    [Test]
    public async Task Starting_without_token_or_with_unknown_defect_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => ScimConformance.ReferenceServer.ReferenceServerHost.StartAsync(new() { Token = "" }));
        var unknown = await Assert.ThrowsAsync<ArgumentException>(() =>
            ScimConformance.ReferenceServer.ReferenceServerHost.StartAsync(new() { Token = "t", Defects = ["no-such-defect"] }));
        Assert.That(unknown!.Message, Does.Contain("no-location-header"));
    }
}
