using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.ReferenceServer;

/// <summary>RFC 7644 §3.7 on the reference server: bulkId references, ordering, failOnErrors, limits and result shape.</summary>
[TestFixture]
[Category("ReferenceServer")]
public sealed class BulkTests
{
    private const string BulkRequestUrn = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";
    private ScimTestServer _server = null!;

    [OneTimeSetUp]
    public async Task Start() => _server = await ScimTestServer.StartAsync();

    [OneTimeTearDown]
    public async Task Stop() => await _server.DisposeAsync();

    [Test]
    public async Task Post_user_and_group_with_a_bulkId_member_reference()
    {
        var reply = await BulkAsync(_server, null,
            Post("/Users", "u1", ScimTestServer.NewUser("bulk-ref-user")),
            Post("/Groups", "g1", Group("bulk-ref-group", "bulkId:u1")));

        var results = Results(reply);
        var userId = IdOf(results[0]);
        var group = await _server.GetAsync("/Groups/" + IdOf(results[1]));
        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That((string?)reply.Object["schemas"]![0], Is.EqualTo("urn:ietf:params:scim:api:messages:2.0:BulkResponse"));
            Assert.That(string.Join(" ", results.Select(r => (string?)r["status"])), Is.EqualTo("201 201"));
            Assert.That(string.Join(" ", results.Select(r => (string?)r["bulkId"])), Is.EqualTo("u1 g1"));
            Assert.That(string.Join(" ", results.Select(r => (string?)r["method"])), Is.EqualTo("POST POST"));
            Assert.That((string?)results[0]["location"], Is.EqualTo(_server.Host.BaseUrl + "/Users/" + userId));
            Assert.That((string?)results[0]["version"], Is.EqualTo("W/\"1\""));
            Assert.That(results.Select(r => r["response"]), Has.All.Null);
            Assert.That(group.Object["members"]!.AsArray().Select(m => (string?)m!["value"]), Is.EqualTo(new[] { userId }));
        });
    }

    [Test]
    public async Task A_forward_reference_runs_the_referenced_post_first_and_path_references_resolve()
    {
        var renamed = ScimTestServer.NewUser("bulk-forward-user");
        renamed["displayName"] = "After PUT";
        var reply = await BulkAsync(_server, null,
            Post("/Groups", "g", Group("bulk-forward-group", "bulkId:u")),
            Post("/Users", "u", ScimTestServer.NewUser("bulk-forward-user")),
            Op("PUT", "/Users/bulkId:u", renamed));

        var results = Results(reply);
        var userId = IdOf(results[1]);
        var user = await _server.GetAsync("/Users/" + userId);
        Assert.Multiple(() =>
        {
            Assert.That(string.Join(" ", results.Select(r => (string?)r["status"])), Is.EqualTo("201 201 200"));
            Assert.That((string?)results[2]["location"], Is.EqualTo(_server.Host.BaseUrl + "/Users/" + userId));
            Assert.That((string?)user.Object["displayName"], Is.EqualTo("After PUT"));
            Assert.That((string?)user.Object["groups"]![0]!["value"], Is.EqualTo(IdOf(results[0])));
        });
    }

    [Test]
    public async Task Undefined_and_circular_references_fail_their_operations()
    {
        var before = (await _server.Host.SnapshotAsync()).Count;
        var reply = await BulkAsync(_server, null,
            Op("DELETE", "/Users/bulkId:nowhere"),
            Post("/Groups", "a", Group("bulk-cycle-a", "bulkId:b")),
            Post("/Groups", "b", Group("bulk-cycle-b", "bulkId:a")));

        var results = Results(reply);
        Assert.Multiple(async () =>
        {
            Assert.That(string.Join(" ", results.Select(r => (string?)r["status"])), Is.EqualTo("400 409 409"));
            Assert.That((string?)results[0]["response"]!["scimType"], Is.EqualTo("invalidValue"));
            Assert.That(results.Select(r => (string?)r["response"]!["schemas"]![0]), Has.All.EqualTo("urn:ietf:params:scim:api:messages:2.0:Error"));
            Assert.That(results.Skip(1).Select(r => r["location"]), Has.All.Null, "a failed POST has no location");
            Assert.That((await _server.Host.SnapshotAsync()).Count, Is.EqualTo(before), "nothing was created");
        });
    }

    [Test]
    public async Task Fail_on_errors_stops_after_that_many_errors_and_without_it_processing_continues()
    {
        var missing = "/Users/" + Guid.NewGuid();
        var stopped = await BulkAsync(_server, 1, Op("DELETE", missing), Post("/Users", "s", ScimTestServer.NewUser("bulk-stopped")));
        var twoAllowed = await BulkAsync(_server, 2, Op("DELETE", missing), Post("/Users", "t", ScimTestServer.NewUser("bulk-two-allowed")));
        var carryOn = await BulkAsync(_server, null, Op("DELETE", missing), Post("/Users", "c", ScimTestServer.NewUser("bulk-carry-on")));

        Assert.Multiple(() =>
        {
            Assert.That(string.Join(" ", Results(stopped).Select(r => (string?)r["status"])), Is.EqualTo("404"));
            Assert.That((string?)Results(stopped)[0]["location"], Is.EqualTo(_server.Host.BaseUrl + missing));
            Assert.That(string.Join(" ", Results(twoAllowed).Select(r => (string?)r["status"])), Is.EqualTo("404 201"));
            Assert.That(string.Join(" ", Results(carryOn).Select(r => (string?)r["status"])), Is.EqualTo("404 201"));
        });
    }

    [Test]
    public async Task Operation_version_is_a_precondition()
    {
        var id = await _server.CreateUserAsync("bulk-version");
        var renamed = ScimTestServer.NewUser("bulk-version");
        renamed["displayName"] = "Renamed";

        var reply = await BulkAsync(_server, null,
            Op("PUT", "/Users/" + id, renamed, "W/\"5\""),
            Op("PUT", "/Users/" + id, renamed, "W/\"1\""),
            Op("DELETE", "/Users/" + id, null, "W/\"1\""));

        Assert.That(string.Join(" ", Results(reply).Select(r => (string?)r["status"])), Is.EqualTo("412 200 412"));
    }

    [Test]
    public async Task Requests_past_the_advertised_limits_are_413_with_the_limit_named()
    {
        var tooMany = await BulkAsync(_server, null, Enumerable.Range(0, 101).Select(_ => Op("DELETE", "/Users/" + Guid.NewGuid())).ToArray());
        var padding = new string('x', 1_048_577);
        var tooLarge = await BulkAsync(_server, null, Op("POST", "/Users", ScimTestServer.NewUser(padding)));
        var atTheLimit = await BulkAsync(_server, null, Enumerable.Range(0, 100).Select(_ => Op("DELETE", "/Users/" + Guid.NewGuid())).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(tooMany.Status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That((string?)tooMany.Object["detail"], Does.Contain("maxOperations"));
            Assert.That((string?)tooMany.Object["status"], Is.EqualTo("413"));
            Assert.That(tooLarge.Status, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That((string?)tooLarge.Object["detail"], Does.Contain("maxPayloadSize"));
            Assert.That(atTheLimit.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Results(atTheLimit), Has.Length.EqualTo(100));
        });
    }

    [Test]
    public async Task Malformed_requests_and_operations_are_refused()
    {
        var noSchemas = await _server.PostAsync("/Bulk", new JsonObject { ["Operations"] = new JsonArray(Op("DELETE", "/Users/x")) });
        var badFail = await _server.PostAsync("/Bulk", new JsonObject
        {
            ["schemas"] = new JsonArray(BulkRequestUrn),
            ["failOnErrors"] = 0,
            ["Operations"] = new JsonArray(Op("DELETE", "/Users/x")),
        });
        var reply = await BulkAsync(_server, null,
            Op("POST", "/Users", ScimTestServer.NewUser("bulk-no-bulkid")),
            Op("GET", "/Users/x"),
            Op("DELETE", "/Nowhere/x"),
            Op("PATCH", "/Users"));

        Assert.Multiple(() =>
        {
            Assert.That(noSchemas.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That((string?)noSchemas.Object["scimType"], Is.EqualTo("invalidSyntax"));
            Assert.That(badFail.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(string.Join(" ", Results(reply).Select(r => (string?)r["status"])), Is.EqualTo("400 400 404 400"));
        });
    }

    [Test]
    public async Task Bulk_defects_change_exactly_their_behaviour()
    {
        await using var unresolved = await ScimTestServer.StartAsync(0, WriteDefects.BulkIdUnresolved);
        await using var lax = await ScimTestServer.StartAsync(0, WriteDefects.BulkFailOnErrorsIgnored, WriteDefects.BulkLimitsNotEnforced,
            WriteDefects.BulkErrorWithoutResponse);

        var reference = await BulkAsync(unresolved, null,
            Post("/Users", "u", ScimTestServer.NewUser("bulk-defect-user")), Post("/Groups", "g", Group("bulk-defect-group", "bulkId:u")));
        var failOnErrors = await BulkAsync(lax, 1, Op("DELETE", "/Users/" + Guid.NewGuid()), Post("/Users", "p", ScimTestServer.NewUser("bulk-lax")));
        var tooMany = await BulkAsync(lax, null, Enumerable.Range(0, 101).Select(_ => Op("DELETE", "/Users/" + Guid.NewGuid())).ToArray());

        Assert.Multiple(() =>
        {
            Assert.That(string.Join(" ", Results(reference).Select(r => (string?)r["status"])), Is.EqualTo("201 400"));
            Assert.That(string.Join(" ", Results(failOnErrors).Select(r => (string?)r["status"])), Is.EqualTo("404 201"));
            Assert.That(Results(failOnErrors)[0]["response"], Is.Null);
            Assert.That(tooMany.Status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Results(tooMany), Has.Length.EqualTo(101));
        });
    }

    private static async Task<ScimReply> BulkAsync(ScimTestServer server, int? failOnErrors, params JsonObject[] operations)
    {
        var body = new JsonObject { ["schemas"] = new JsonArray(BulkRequestUrn) };
        if (failOnErrors is { } limit)
        {
            body["failOnErrors"] = limit;
        }

        body["Operations"] = new JsonArray(operations.Select(o => (JsonNode?)o).ToArray());
        using var request = new HttpRequestMessage(HttpMethod.Post, server.Url("/Bulk"))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/scim+json"),
        };
        using var response = await server.Http.SendAsync(request);
        return await ScimReply.ReadAsync(response);
    }

    private static JsonObject[] Results(ScimReply reply) =>
        reply.Object["Operations"]!.AsArray().Select(r => r!.AsObject()).ToArray();

    private static string IdOf(JsonObject result)
    {
        var location = (string)result["location"]!;
        return location[(location.LastIndexOf('/') + 1)..];
    }

    private static JsonObject Post(string path, string bulkId, JsonObject data) => new()
    {
        ["method"] = "POST",
        ["path"] = path,
        ["bulkId"] = bulkId,
        ["data"] = data,
    };

    private static JsonObject Op(string method, string path, JsonObject? data = null, string? version = null)
    {
        var operation = new JsonObject { ["method"] = method, ["path"] = path };
        if (version is not null)
        {
            operation["version"] = version;
        }

        if (data is not null)
        {
            operation["data"] = data.DeepClone();
        }

        return operation;
    }

    private static JsonObject Group(string displayName, string member) => new()
    {
        ["schemas"] = new JsonArray(ScimTestServer.GroupSchema),
        ["displayName"] = displayName,
        ["members"] = new JsonArray(new JsonObject { ["value"] = member }),
    };
}
