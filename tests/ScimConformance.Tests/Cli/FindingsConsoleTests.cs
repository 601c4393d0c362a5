using NUnit.Framework;
using ScimConformance.Tests.Runner;

namespace ScimConformance.Tests.Cli;

/// <summary>A real `run --demo` of the sample suite's failing check: the console's ending leads with its finding (the sample check's exchange goes to its own journal, so the run has no reproduction to show).</summary>
[TestFixture]
[NonParallelizable]
public sealed class FindingsConsoleTests
{
    [Test]
    public async Task The_console_ending_shows_each_finding_before_the_failures()
    {
        var dir = Path.Combine(Path.GetTempPath(), "scimconf-findings-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var run = await InProcessCli.RunAsync(null, CancellationToken.None,
                "run", "--demo", "--suites", SampleSuite.Path, "--include", "SMP-002", "--seed", "5", "--out", dir);
            var output = run.Stdout;
            Assert.Multiple(() =>
            {
                Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
                Assert.That(output, Does.Contain("Findings (1, from 1 failed checks)"));
                Assert.That(output, Does.Contain("checks: SMP-002; breaks: R7644-3.3-01"));
                Assert.That(output.IndexOf("Findings (", StringComparison.Ordinal), Is.LessThan(output.IndexOf("Failures (", StringComparison.Ordinal)));
            });
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
