using NUnit.Framework;

namespace ScimConformance.Tests.EndToEnd;

/// <summary>
/// One full `scimconf run` against the compliant reference server seeded with 50 foreign users:
/// every check passes, reports are written, the seeded users are untouched, nothing is left behind,
/// and the token appears nowhere.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[Parallelizable(ParallelScope.Self)]
public sealed class CompliantServerRunTests
{
    private ServerFixture _server = null!;
    private string _outDir = null!;
    private CliResult _result = null!;
    private IReadOnlyDictionary<string, string> _seededBefore = null!;

    [OneTimeSetUp]
    public async Task RunHarnessOnce()
    {
        _server = await ServerFixture.StartAsync(seedUsers: 50);
        _outDir = Directory.CreateTempSubdirectory("scimconf-e2e-").FullName;
        _seededBefore = await _server.SeededAsync();
        _result = await _server.RunInHostAsync(_outDir);
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        await _server.DisposeAsync();
        Directory.Delete(_outDir, recursive: true);
    }

    [Test]
    public void Run_exits_zero_with_every_check_passing()
    {
        var results = RunResults.Load(_outDir);
        Assert.That(results.Tests, Has.Count.GreaterThanOrEqualTo(45), _result.ToString());
        Assert.That(results.Describe("fail", "error"), Is.Empty, "checks that did not pass against the compliant server");
        Assert.That(_result.ExitCode, Is.EqualTo(0), _result.ToString());
    }

    [Test]
    public void Run_writes_html_junit_and_json_reports()
    {
        foreach (var file in new[] { "report.html", "junit.xml", "results.json" })
        {
            var path = Path.Combine(_outDir, file);
            Assert.That(File.Exists(path), Is.True, $"{file} missing; {_result}");
            Assert.That(new FileInfo(path).Length, Is.GreaterThan(500), $"{file} is suspiciously small");
        }
    }

    [Test]
    public async Task Seeded_users_are_byte_identical_after_the_run()
    {
        Assert.That(_seededBefore, Has.Count.EqualTo(50));
        var after = await _server.SeededAsync();
        Assert.That(after, Is.EquivalentTo(_seededBefore));
    }

    [Test]
    public async Task No_run_created_resource_remains()
    {
        var left = await _server.RunCreatedAsync();
        Assert.That(left.Select(r => $"{r.ResourceType}/{r.Id}"), Is.Empty);
    }

    [Test]
    public void Token_appears_in_no_output_file_and_not_on_the_console()
    {
        Assert.That(_result.Stdout, Does.Not.Contain(_server.Token));
        Assert.That(_result.Stderr, Does.Not.Contain(_server.Token));
        var files = Directory.GetFiles(_outDir, "*", SearchOption.AllDirectories);
        Assert.That(files, Is.Not.Empty);
        foreach (var file in files)
            Assert.That(File.ReadAllText(file), Does.Not.Contain(_server.Token), $"token leaked into {Path.GetFileName(file)}");
    }

    [Test]
    public void Reports_carry_seed_and_run_id()
    {
        var results = RunResults.Load(_outDir);
        Assert.That(results.Root["seed"]!.GetValue<int>(), Is.EqualTo(4242));
        Assert.That(results.RunId, Is.Not.Empty);
        Assert.That(File.ReadAllText(Path.Combine(_outDir, "report.html")), Does.Contain(results.RunId));
    }
}
