using NUnit.Framework;
using ScimConformance.Tests.Runner;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// The compliant demo target run whole and run as three shards joined by `merge` reaches the same verdict for every
/// check, and the merge exits 0: shards split by fixture, so checks that build on each other (the identity-provider
/// replays) never land apart. The merged junit.xml satisfies the Jenkins xUnit schema.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed class ShardedDemoRunTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    [Test]
    public async Task Three_shards_merged_give_the_verdicts_of_one_run()
    {
        using var output = new TemporaryDirectory();
        string Out(string name) => Path.Combine(output.Path, name);

        var whole = await CliHosts.RunAsync(["run", "--demo", "--seed", "77", "--out", Out("whole")], timeout: RunTimeout);
        Assert.That(whole.ExitCode, Is.Zero, whole.ToString());
        for (var i = 1; i <= 3; i++)
        {
            var shard = await CliHosts.RunAsync(["run", "--demo", "--seed", "77", "--shard", $"{i}/3", "--out", Out($"shard-{i}")], timeout: RunTimeout);
            Assert.That(shard.ExitCode, Is.Zero, shard.ToString());
        }
        var merge = await CliHosts.RunAsync(["merge", .. Enumerable.Range(1, 3).Select(i => Path.Combine(Out($"shard-{i}"), "results.json")), "--out", Out("merged")]);

        var expected = RunResults.Load(Out("whole")).Tests.ToDictionary(t => t.Id, t => t.Outcome);
        var merged = RunResults.Load(Out("merged"));
        Assert.Multiple(() =>
        {
            Assert.That(merge.ExitCode, Is.Zero, merge.ToString());
            Assert.That(merged.Tests.ToDictionary(t => t.Id, t => t.Outcome), Is.EquivalentTo(expected));
            Assert.That(expected, Has.Count.GreaterThan(300), "the whole selection ran");
            Assert.That(merged.Root["command"]!.GetValue<string>(), Does.Not.Contain("--shard").And.Contain("--seed 77"), "the reproduce line runs the whole run");
            Assert.That(merge.Stdout, Does.Contain("Reproduce (the whole run at once): scimconf run --demo --seed 77 --out"));
            Assert.That(JunitSchemaTests.Validate(File.ReadAllText(Path.Combine(Out("merged"), "junit.xml")), JunitSchemaTests.Strict), Is.Empty);
        });

        var twice = await CliHosts.RunAsync(["merge", Path.Combine(Out("shard-1"), "results.json"), Path.Combine(Out("shard-1"), "results.json"), "--out", Out("refused")]);
        Assert.That((twice.ExitCode, twice.Stderr), Is.EqualTo((2, $"scimconf: configuration error: Shard 1/3 is given twice ({Path.Combine(Out("shard-1"), "results.json")}, {Path.Combine(Out("shard-1"), "results.json")}).\n")));
    }
}
