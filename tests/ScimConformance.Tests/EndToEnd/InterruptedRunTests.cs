using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// A run stopped halfway (SIGINT, as Ctrl-C or a CI cancel sends) still deletes what it created and
/// leaves the tenant's own users exactly as they were.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed class InterruptedRunTests
{
    [TestCase("INT")]
    [TestCase("TERM")]
    public async Task Signal_mid_run_cleans_up_and_leaves_seeded_users_untouched(string signal)
    {
        if (signal == "INT" && SigIntIgnoredHere())
            Assert.Ignore("SIGINT is ignored by this test process (a shell started it as a background job) and the CLI would inherit that; the TERM case covers the same path.");
        // A slow endpoint keeps the run going long enough to be interrupted halfway.
        await using var server = await ServerFixture.StartAsync(50, TimeSpan.FromMilliseconds(40));
        using var output = new TemporaryDirectory();
        var seededBefore = await server.SeededAsync();

        using var cli = CliProcess.Start(server.RunArgs(output.Path), server.Environment);
        // Wait on what the server sees, not on console output, which may reach the pipe late.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await server.RunCreatedAsync()).Count < 3 && !cli.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.That(await server.RunCreatedAsync(), Has.Count.GreaterThanOrEqualTo(3), "the run never created anything:\n" + cli.StdoutSoFar);

        var createdMidRun = (await server.RunCreatedAsync()).Count;
        cli.Signal(signal);
        var result = await cli.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Multiple(async () =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(130), result.ToString());
            Assert.That((await server.RunCreatedAsync()).Select(r => $"{r.ResourceType}/{r.Id}"), Is.Empty,
                $"run-prefixed resources left after interruption (there were {createdMidRun} mid-run)");
            Assert.That(await server.SeededAsync(), Is.EquivalentTo(seededBefore));
            Assert.That(RunResults.Load(output.Path).Root["interrupted"]!.GetValue<bool>(), Is.True, "partial reports must say the run was interrupted");
            // Checks the interruption stopped before a verdict are "not run", never errors named after an exception.
            Assert.That(RunResults.Load(output.Path).IdsWithOutcome("notRun"), Is.Not.Empty);
            Assert.That(RunResults.Load(output.Path).Tests.Select(t => t.Message), Has.None.Contains("RunInterruptedException"));
            Assert.That(result.Stdout.TrimEnd(), Does.EndWith("nothing is left behind."), "the console ends with what the cleanup deleted");
        });
    }

    [Test]
    public async Task A_second_signal_ends_the_process_at_once()
    {
        await using var server = await ServerFixture.StartAsync(0, TimeSpan.FromMilliseconds(200));
        using var output = new TemporaryDirectory();
        using var cli = CliProcess.Start(server.RunArgs(output.Path), server.Environment);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await server.RunCreatedAsync()).Count < 3 && !cli.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(50);
        Assert.That(await server.RunCreatedAsync(), Has.Count.GreaterThanOrEqualTo(3), "the run never created anything:\n" + cli.StdoutSoFar);

        cli.Signal("TERM");
        deadline = DateTime.UtcNow.AddSeconds(30);
        while (!cli.StderrSoFar.Contains("Press Ctrl-C again", StringComparison.Ordinal) && !cli.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(20);
        if (cli.HasExited) Assert.Fail("exited after one signal: " + await cli.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.That(cli.StderrSoFar, Does.Contain("Press Ctrl-C again to quit at once"));
        Assert.That(cli.HasExited, Is.False, "a slow endpoint keeps the first stop (and its cleanup) going");
        cli.Signal("TERM");
        // Without the second signal the run would go on stopping checks and deleting at 200 ms a request.
        var ended = await cli.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(ended.ExitCode, Is.Not.Zero, ended.ToString());
    }

    /// <summary>Whether SIGINT is ignored in this process (bit 2 of the SigIgn mask), as for a non-interactive shell's background jobs.</summary>
    private static bool SigIntIgnoredHere()
    {
        var line = File.Exists("/proc/self/status") ? File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal)) : null;
        return line is not null
            && ulong.TryParse(line["SigIgn:".Length..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var mask)
            && (mask & 0x2) != 0;
    }
}
