using NUnit.Framework;
using ScimConformance.ReferenceServer;

namespace ScimConformance.Tests.Cli;

[TestFixture]
[NonParallelizable]
public sealed class ServeCommandTests
{
    [Test]
    public async Task Serve_without_a_token_writes_a_private_token_file_and_never_prints_it()
    {
        var dir = Path.Combine(Path.GetTempPath(), "scimconf-serve-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var tokenPath = Path.Combine(dir, "token");
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            var serving = InProcessCli.RunAsync(null, stop.Token, "serve", "--port", "0", "--token-out", tokenPath);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!File.Exists(tokenPath) && DateTime.UtcNow < deadline && !serving.IsCompleted) await Task.Delay(50);
            await Task.Delay(500);
            await stop.CancelAsync();
            var run = await serving;

            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            var token = File.ReadAllText(tokenPath);
            Assert.Multiple(() =>
            {
                Assert.That(token, Has.Length.GreaterThan(20));
                if (!OperatingSystem.IsWindows())
                    Assert.That(File.GetUnixFileMode(tokenPath), Is.EqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite));
                Assert.That(run.Stdout + run.Stderr, Does.Not.Contain(token));
                Assert.That(run.Stdout, Does.Contain(tokenPath).And.Contain("http://127.0.0.1:"));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task List_defects_shows_every_switch()
    {
        var run = await InProcessCli.RunAsync("serve", "--list-defects");
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        foreach (var defect in DefectCatalog.All)
            Assert.That(run.Stdout, Does.Contain(defect.Name));
    }

    [Test]
    public async Task Unknown_defect_exits_2()
    {
        var run = await InProcessCli.RunAsync("serve", "--defect", "no-such-defect");
        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
    }
}
