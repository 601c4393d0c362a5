using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// A full default run against a tenant that already holds 1,000 users leaves every one of them byte-identical
/// (compared through the reference server's stored documents) and leaves nothing of its own behind.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed class ThousandUsersRunTests
{
    [Test]
    public async Task Full_run_leaves_a_thousand_seeded_users_byte_identical()
    {
        await using var server = await ServerFixture.StartAsync(seedUsers: 1000);
        using var output = new TemporaryDirectory();
        var before = await server.SeededAsync();

        var result = await server.RunInHostAsync(output.Path);

        var after = await server.SeededAsync();
        var changed = before.Where(b => !after.TryGetValue(b.Key, out var json) || json != b.Value).Select(b => b.Key).ToArray();
        Assert.Multiple(async () =>
        {
            Assert.That(before, Has.Count.EqualTo(1000));
            Assert.That(after, Has.Count.EqualTo(1000), "seeded users appeared or disappeared");
            Assert.That(changed, Is.Empty, "seeded users whose stored document changed");
            Assert.That(await server.RunCreatedAsync(), Is.Empty, "run-created resources left behind");
            Assert.That(RunResults.Load(output.Path).Describe("fail", "error"), Is.Empty, "the compliant server must pass with 1,000 foreign users present");
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        });
    }
}
