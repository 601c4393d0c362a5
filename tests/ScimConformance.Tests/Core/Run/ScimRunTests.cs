using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using NUnit.Framework;
using ScimConformance.Core;
using ScimConformance.Authoring;
using ScimConformance.Core.Run;
using ScimConformance.Core.Schema;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Run;

[NonParallelizable] // installs ScimRun.Current, which is process-wide
public sealed class ScimRunTests
{
    /// <summary>Serves discovery, answers POST /Users and /Groups with the given status, and DELETE with 204.</summary>
    private static Task<StubHttpServer> Target(int createStatus)
    {
        var routes = ScimDocuments.Routes();
        var created = 0;
        return StubHttpServer.StartAsync(async context =>
        {
            var path = context.Request.Path.Value ?? "";
            if (context.Request.Method == "GET" && routes.TryGetValue(path, out var route))
            {
                await StubHttpServer.Respond(context, route.Status, route.ContentType, route.Body);
                return;
            }
            if (context.Request.Method == "GET")
            {
                // The run's scoping probe lists /Users once at the start: nothing carries its prefix yet.
                await StubHttpServer.Respond(context, 200, "application/scim+json",
                    """{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":0,"Resources":[]}""");
                return;
            }
            if (context.Request.Method == "DELETE")
            {
                context.Response.StatusCode = 204;
                return;
            }
            var body = createStatus == 201
                ? $$"""{"schemas":["{{ScimUris.User}}"],"id":"id-{{Interlocked.Increment(ref created)}}"}"""
                : """{"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"status":"400","detail":"nope"}""";
            await StubHttpServer.Respond(context, createStatus, "application/scim+json", body);
        });
    }

    [Test]
    public async Task Each_test_draws_from_data_of_its_own_and_code_outside_tests_from_the_run()
    {
        await using var server = await Target(201);
        await using var run = await ScimRun.StartAsync(TestSettings.For(server.ScimBase), null, CancellationToken.None);
        var expected = new ScimConformance.Core.Data.TestDataFactory(run.Prefix, run.Seed);

        Assert.That(run.Data, Is.SameAs(run.Data), "one factory per test, kept for the whole test");
        Assert.That(run.Data.UserName(), Is.EqualTo(expected.ForScope(TestContext.CurrentContext.Test.FullName).UserName()));

        // A thread that does not carry NUnit's context (a cleanup timer, the load command) gets the run's own factory.
        var outside = await Task.Factory.StartNew(() =>
        {
            using (ExecutionContext.SuppressFlow()) return Task.Run(() => run.Data.UserName());
        }).Unwrap();
        Assert.That(outside, Is.EqualTo(expected.UserName()));
    }

    [Test]
    public async Task Starts_creates_records_and_cleans_up()
    {
        await using var server = await Target(201);
        await using var run = await ScimRun.StartAsync(TestSettings.For(server.ScimBase), null, CancellationToken.None);
        Assert.That(run.Capabilities.Patch, Is.True);
        Assert.That(run.Prefix, Is.EqualTo("scimconf-0123abcd-"));

        var previous = ScimRun.Current;
        ScimRun.Install(run);
        try
        {
            var user = await FixtureProbe.CreateUser();
            var group = await FixtureProbe.CreateGroup();
            Assert.That(user["id"]!.GetValue<string>(), Is.EqualTo("id-1"));
            Assert.That(run.Ledger.Entries.Select(e => e.RelativePath), Is.EqualTo(new[] { "Users/id-1", "Groups/id-2" }));
            Assert.That(FixtureProbe.PathOfUser("a b"), Is.EqualTo("Users/a%20b"));
            Assert.That(FixtureProbe.PathOfGroup("g"), Is.EqualTo("Groups/g"));
            Assert.That(FixtureProbe.Check("User", new JsonObject { ["schemas"] = new JsonArray(ScimUris.User), ["id"] = "1" }).Single().Pointer, Is.EqualTo("/userName"));

            var posted = JsonNode.Parse(server.Requests.First(r => r.Method == "POST").Body)!;
            Assert.That(posted["userName"]!.GetValue<string>(), Does.StartWith(run.Prefix));
            Assert.That(group["id"]!.GetValue<string>(), Is.EqualTo("id-2"));
        }
        finally
        {
            ScimRun.Install(previous);
        }

        Assert.That(await run.CleanupAsync(CancellationToken.None), Is.Empty);
        Assert.That(server.Requests.Where(r => r.Method == "DELETE").Select(r => r.PathAndQuery),
            Is.EqualTo(new[] { "/scim/v2/Groups/id-2", "/scim/v2/Users/id-1" }));
    }

    [Test]
    public async Task A_failed_create_is_inconclusive_not_a_failure()
    {
        await using var server = await Target(400);
        await using var run = await ScimRun.StartAsync(TestSettings.For(server.ScimBase), null, CancellationToken.None);
        var previous = ScimRun.Current;
        ScimRun.Install(run);
        try
        {
            var e = (await Assert.ThrowsAsync<InconclusiveException>(() => FixtureProbe.CreateUser()))!;
            Assert.That(e.Message, Does.Contain("400").And.Contain("nope"));
            Assert.That(run.Ledger.Entries, Is.Empty);
        }
        finally
        {
            ScimRun.Install(previous);
        }
    }

    /// <summary>Exposes the protected helpers of <see cref="ScimFixture"/> to these tests.</summary>
    private sealed class FixtureProbe : ScimFixture
    {
        public static Task<JsonObject> CreateUser() => CreateUserAsync();
        public static Task<JsonObject> CreateGroup() => CreateGroupAsync();
        public static string PathOfUser(string id) => Endpoints.User(id);
        public static string PathOfGroup(string id) => Endpoints.Group(id);
        public static IReadOnlyList<SchemaViolation> Check(string type, JsonNode resource) => Validate(type, resource);
    }
}
