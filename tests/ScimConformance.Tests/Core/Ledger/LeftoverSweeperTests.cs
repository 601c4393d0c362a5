using NUnit.Framework;
using ScimConformance.Core.Ledger;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Core.Ledger;

public sealed class LeftoverSweeperTests
{
    private const string Prefix = "scimconf-0123abcd-";

    /// <summary>A target that refuses every filter and lists two users, one of the run's.</summary>
    private static Task<StubHttpServer> Target() => StubHttpServer.StartAsync(async context =>
    {
        if (context.Request.Query.ContainsKey("filter"))
        {
            await StubHttpServer.Respond(context, 400, "application/scim+json", """{"status":"400","scimType":"invalidFilter","detail":"no filters here"}""");
            return;
        }
        var body = context.Request.Path.Value!.EndsWith("/Groups", StringComparison.Ordinal)
            ? """{"totalResults":0,"Resources":[]}"""
            : $$"""{"totalResults":2,"Resources":[{"id":"u1","userName":"{{Prefix}}left"},{"id":"u2","userName":"alice","externalId":"x-{{Prefix}}"}]}""";
        await StubHttpServer.Respond(context, 200, "application/scim+json", body);
    });

    [Test]
    public async Task Without_sw_the_sweep_reads_unfiltered_pages_and_keeps_only_the_exact_prefix()
    {
        await using var server = await Target();
        using var client = TestSettings.Client(server.ScimBase);

        var search = await LeftoverSweeper.FindAsync(client, Prefix, byStartsWith: false);

        Assert.Multiple(() =>
        {
            Assert.That(search.Found.Select(f => f.RelativePath), Is.EqualTo(new[] { "Users/u1" }));
            Assert.That(search.Problems, Is.Empty);
        });
    }

    [Test]
    public async Task With_sw_refused_the_filtered_sweep_says_what_it_could_not_look_for()
    {
        await using var server = await Target();
        using var client = TestSettings.Client(server.ScimBase);

        var search = await LeftoverSweeper.FindAsync(client, Prefix);

        Assert.Multiple(() =>
        {
            Assert.That(search.Found, Is.Empty);
            Assert.That(search.Problems, Has.Some.Contains("answered 400"));
        });
    }
}
