using NUnit.Framework;
using ScimConformance.Core.Scoping;
using ScimConformance.ReferenceServer;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Scoping;

[Category("ReferenceServer")]
public sealed class ScopeProbeTests
{
    private static async Task<RunScope> ProbeAsync(params string[] defects)
    {
        await using var server = await ReferenceServerHost.StartAsync(new ReferenceServerOptions { Token = TestSettings.Token, SeedUsers = 3, Defects = defects });
        using var client = TestSettings.Client(server.BaseUrl);
        return await ScopeProbe.ProbeAsync(client, "scimconf-0123abcd-");
    }

    [Test]
    public async Task A_compliant_target_is_narrowed_by_sw_and_nothing_is_refused()
    {
        var scope = await ProbeAsync();
        Assert.That(scope.Kind, Is.EqualTo(ScopeConstruct.StartsWith));
        Assert.That(scope.Refused, Is.Empty);
    }

    [Test]
    public async Task Without_sw_the_run_names_its_resources_with_eq_and_says_once_what_was_refused()
    {
        var scope = await ProbeAsync(FilterQuirks.FilterNoSw);
        Assert.Multiple(() =>
        {
            Assert.That(scope.Kind, Is.EqualTo(ScopeConstruct.EqualsAny));
            Assert.That(scope.Refused, Has.Count.EqualTo(1));
            Assert.That(scope.Refused[0].Status, Is.EqualTo(400));
            Assert.That(scope.Refused[0].Request, Does.StartWith("GET ").And.Contain("filter=userName sw"), "the exact request, replayable");
            Assert.That(scope.Refused[0].Answer, Does.Contain("invalidFilter"));
        });
    }

    [Test]
    public async Task A_target_that_ignores_the_filter_narrows_nothing()
    {
        // Every GET /Users lists a user of someone else's, whatever the filter: a 200 is not a narrowing.
        await using var server = await StubHttpServer.StartAsync(context => StubHttpServer.Respond(context, 200, "application/scim+json",
            """{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"totalResults":1,"Resources":[{"id":"1","userName":"alice"}]}"""));
        using var client = TestSettings.Client(server.ScimBase);

        var scope = await ScopeProbe.ProbeAsync(client, "scimconf-0123abcd-");

        Assert.Multiple(() =>
        {
            Assert.That(scope.Kind, Is.EqualTo(ScopeConstruct.None));
            Assert.That(scope.Refused.Select(f => f.Answer), Has.All.Contains("outside the prefix"));
            Assert.That(scope.Refused, Has.Count.EqualTo(2));
            Assert.That(scope.Select("userName", "scimconf-0123abcd-", ["scimconf-0123abcd-x"]), Is.Null);
        });
    }

    [Test]
    public async Task A_probe_that_gets_no_answer_narrows_nothing_and_says_so()
    {
        await using var server = await StubHttpServer.StartAsync(context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        using var client = TestSettings.Client(server.ScimBase);

        var scope = await ScopeProbe.ProbeAsync(client, "scimconf-0123abcd-");

        Assert.Multiple(() =>
        {
            Assert.That(scope.Kind, Is.EqualTo(ScopeConstruct.None));
            Assert.That(scope.Refused.Select(f => f.Status), Is.EqualTo(new int?[] { null, null }));
            Assert.That(scope.Refused.Select(f => f.Answer), Has.All.StartWith("no answer: "));
            Assert.That(scope.Refused[0].Request, Does.StartWith("GET Users?filter=userName sw"));
        });
    }
}
