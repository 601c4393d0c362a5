using NUnit.Framework;
using ScimConformance.Tests.EndToEnd;

namespace ScimConformance.Tests.Cli;

/// <summary>Output to a pipe (a CI log, a file) is plain text without the padding Spectre adds up to the console width.</summary>
[TestFixture]
public sealed class RedirectedOutputTests
{
    [Test]
    public async Task Help_and_tables_are_not_padded_when_stdout_is_not_a_terminal()
    {
        var help = await CliProcess.RunAsync(["run", "--help"]);
        var list = await CliProcess.RunAsync(["list"]);
        Assert.Multiple(() =>
        {
            Assert.That(help.ExitCode, Is.Zero, help.ToString());
            Assert.That(help.Stdout, Does.Contain("TARGET OPTIONS:").And.Contain("--base-url <URL>"));
            foreach (var output in new[] { help.Stdout, list.Stdout })
            {
                Assert.That(output.Split('\n').Where(line => line.EndsWith(' ') || line.EndsWith('\t')), Is.Empty, "lines with trailing spaces");
                // Ordinal: a culture-aware comparison ignores control characters such as ESC.
                Assert.That(output.Contains('\u001b', StringComparison.Ordinal), Is.False, "no ANSI escapes in a pipe");
            }
        });
    }
}
