using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using NUnit.Framework;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>Malformed and oversized bodies, injection-looking filters, and what error bodies may say.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class SecurityHardeningTests
{
    private SecurityTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await SecurityTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    private async Task<ScimReply> PostRawAsync(string path, HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _server.Url(path)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SecurityTestServer.Token);
        using var response = await _server.Anonymous.SendAsync(request);
        return await ScimReply.ReadAsync(response);
    }

    [TestCase("{\"userName\": ")]
    [TestCase("{\"userName\": \"a\",}")]
    [TestCase("not json at all")]
    [TestCase("{\"userName\": \"\\u00\"}")]
    public async Task Malformed_json_is_400_invalid_syntax(string body)
    {
        var reply = await PostRawAsync("/Users", new StringContent(body, Encoding.UTF8, "application/scim+json"));
        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)reply.Object["scimType"], Is.EqualTo("invalidSyntax"));
            AssertNoDisclosure(reply);
        });
    }

    [Test]
    public async Task Deeply_nested_json_is_400_not_500()
    {
        var body = "{\"userName\":\"deep\",\"x\":" + new string('[', 5000) + new string(']', 5000) + "}";
        var reply = await PostRawAsync("/Users", new StringContent(body, Encoding.UTF8, "application/scim+json"));
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Body_above_one_mebibyte_is_413(bool withContentLength)
    {
        var user = ScimTestServer.NewUser("oversized");
        user["displayName"] = new string('x', 1024 * 1024 + 10);
        var bytes = Encoding.UTF8.GetBytes(user.ToJsonString());
        HttpContent content = withContentLength ? new ByteArrayContent(bytes) : new StreamContent(new UnsizedStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/scim+json");
        if (!withContentLength) content.Headers.ContentLength = null;
        var reply = await PostRawAsync("/Users", content);
        var after = await _server.GetAsync("/Users?filter=userName%20eq%20%22oversized%22", SecurityTestServer.Token);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That((string?)reply.Object["status"], Is.EqualTo("413"));
            Assert.That((int)after.Object["totalResults"]!, Is.Zero);
        });
    }

    [Test]
    public async Task Body_just_under_the_limit_is_accepted()
    {
        var user = ScimTestServer.NewUser("large-but-fine");
        user["displayName"] = new string('x', 1000 * 1000);
        var reply = await _server.SendAsync(HttpMethod.Post, "/Users", SecurityTestServer.Token, user);
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.Created));
    }

    [TestCase("userName eq \"O'Brien\"")]
    [TestCase("userName eq \"' OR '1'='1\"")]
    [TestCase("userName eq \"x\\\"; DROP TABLE resources; --\"")]
    [TestCase("userName eq \"\\u0000\\u0001\"")]
    [TestCase("userName eq \"{\\\"$ne\\\": null}\"")]
    public async Task Injection_strings_in_filters_never_answer_500_or_widen_the_result(string filter)
    {
        await _server.CreateUserAsync("injection-bystander-" + filter.Length, SecurityTestServer.Token);
        var reply = await _server.GetAsync("/Users?filter=" + Uri.EscapeDataString(filter), SecurityTestServer.Token);
        var everyone = await _server.GetAsync("/Users", SecurityTestServer.Token);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((int)reply.Object["totalResults"]!, Is.Zero);
            Assert.That((int)everyone.Object["totalResults"]!, Is.GreaterThan(0), "the table is still there");
        });
    }

    [Test]
    public async Task A_filter_with_a_very_long_value_is_not_500()
    {
        var reply = await _server.SendAsync(HttpMethod.Post, "/Users/.search", SecurityTestServer.Token, new JsonObject
        {
            ["schemas"] = new JsonArray("urn:ietf:params:scim:api:messages:2.0:SearchRequest"),
            ["filter"] = "userName eq \"" + new string('a', 100_000) + "\"",
        });
        Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("/Users/does-not-exist")]
    [TestCase("/Users?filter=userName%20eq")]
    [TestCase("/Users?count=abc")]
    [TestCase("/Nowhere")]
    public async Task Error_bodies_carry_no_stack_traces_or_type_names(string path)
    {
        var reply = await _server.GetAsync(path, SecurityTestServer.Token);
        Assert.Multiple(() =>
        {
            Assert.That((int)reply.Status, Is.InRange(400, 499));
            AssertNoDisclosure(reply);
        });
    }

    [Test]
    public async Task Responses_do_not_name_the_server_software()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _server.Url("/Users"));
        using var response = await _server.Anonymous.SendAsync(request);
        Assert.That(response.Headers.Server, Is.Empty);
    }

    internal static readonly string[] Disclosures = ["   at ", "Exception", "ScimConformance.", "System.", "SQLite", "SELECT ", "Microsoft."];

    internal static void AssertNoDisclosure(ScimReply reply)
    {
        foreach (var leak in Disclosures)
        {
            Assert.That(reply.Raw, Does.Not.Contain(leak), $"error body discloses '{leak.Trim()}'");
        }
    }

    /// <summary>A stream that does not tell its length, so the client sends it chunked.</summary>
    private sealed class UnsizedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
