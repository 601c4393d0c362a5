using System.Diagnostics;
using NUnit.Framework;
using ScimConformance.Tests.EndToEnd;

namespace ScimConformance.Tests.Interop;

/// <summary>
/// One full `scimconf run` against SCIMMY, a SCIM server nobody here wrote. Every failure and every error must be
/// one reviewed in scimmy-expected.tsv against the RFC; anything else is a harness bug (a construct imposed, a
/// wrong reading) or a regression. Nothing the run created may stay on the server.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
public sealed class ScimmyInteropTests
{
    private static readonly string ListPath = Path.Combine(AppContext.BaseDirectory, "Interop", "scimmy-expected.tsv");

    private ScimmyServer _server = null!;
    private string _outDir = null!;
    private CliResult _result = null!;
    private RunResults _results = null!;
    private IReadOnlyList<ReviewedOutcome> _reviewed = null!;

    [OneTimeSetUp]
    public async Task RunHarnessAgainstScimmy()
    {
        _reviewed = ReviewedOutcome.Load(ListPath);
        var clock = Stopwatch.StartNew();
        _server = await ScimmyServer.StartAsync();
        var started = clock.Elapsed;
        _outDir = Directory.CreateTempSubdirectory("scimconf-scimmy-").FullName;
        _result = await CliHosts.RunAsync(
            ["run", "--base-url", _server.BaseUrl.ToString(), "--token-env", ScimmyServer.TokenVariable, "--out", _outDir, "--seed", "4242"],
            _server.Environment, TimeSpan.FromMinutes(4));
        TestContext.Progress.WriteLine($"SCIMMY interop: server ready after {started.TotalSeconds:F1} s, run took {(clock.Elapsed - started).TotalSeconds:F1} s.");
        Assert.That(File.Exists(Path.Combine(_outDir, "results.json")), Is.True, $"the run wrote no results.json: {_result}");
        _results = RunResults.Load(_outDir);
    }

    [OneTimeTearDown]
    public void StopServer()
    {
        _server?.Dispose();
        if (_outDir is not null) Directory.Delete(_outDir, recursive: true);
    }

    [Test]
    public void Every_failed_check_is_a_reviewed_deviation() =>
        Assert.That(Unreviewed("fail"), Is.Empty,
            "checks failing against SCIMMY that scimmy-expected.tsv does not list: judge each against the RFC, then fix the harness or list it with its reason");

    [Test]
    public void No_error_remains_where_the_evidence_was_decidable()
    {
        // A connection the server reset under a request that is not safe to send twice is undecidable by definition (the
        // client retries only GETs); SCIMMY's Node server does that now and then on a loaded machine. More than a stray
        // one would be a pattern to review, so they stay bounded.
        var unreviewed = Unreviewed("error");
        var dropped = unreviewed.Where(e => e.Contains(DroppedConnection, StringComparison.Ordinal)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(unreviewed.Except(dropped), Is.Empty, "checks ending as error against SCIMMY that scimmy-expected.tsv does not list as undecidable");
            Assert.That(dropped, Has.Length.LessThanOrEqualTo(2), "SCIMMY reset connections under many checks: review why");
        });
    }

    private const string DroppedConnection = "failed: the connection was reset by the server";

    [Test]
    public void The_run_ends_with_the_failures_it_found()
    {
        Assert.That(_results.Tests, Has.Count.GreaterThan(300), _result.ToString());
        Assert.That(_result.ExitCode, Is.EqualTo(_results.IdsWithOutcome("fail").Count > 0 ? 1 : 0), _result.ToString());
    }

    [Test]
    public async Task Nothing_is_left_on_the_server()
    {
        Assert.That(_results.Root["leftovers"]!.AsArray(), Is.Empty, "results.json lists leftovers");
        // The server is private to this fixture and started empty, so whatever it still holds, the run left behind.
        Assert.That(await _server.ResourcesAsync(), Is.Empty, $"resources left on SCIMMY after the run (run {_results.RunId})");
    }

    [Test]
    public void The_reviewed_list_names_only_checks_that_ran()
    {
        var ran = _results.Tests.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        Assert.That(_reviewed.Select(r => r.Id).Where(id => !ran.Contains(id)), Is.Empty, "ids in scimmy-expected.tsv that no check has");
        Assert.That(_reviewed.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "ids listed twice");
        // A listed check that now passes is not an error here (another fix may have settled it), but it is said, so
        // the list gets pruned rather than growing stale.
        var settled = _reviewed.Where(r => _results.Tests.Any(t => t.Id == r.Id && t.Outcome != r.Outcome)).Select(r => r.Id).ToArray();
        if (settled.Length > 0) TestContext.Out.WriteLine($"listed in scimmy-expected.tsv but no longer ending with the listed outcome: {string.Join(", ", settled)}");
    }

    private string[] Unreviewed(string outcome)
    {
        var listed = _reviewed.Where(r => r.Outcome == outcome).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return _results.Tests.Where(t => t.Outcome == outcome && !listed.Contains(t.Id)).Select(t => $"{t.Id}: {t.Message}").ToArray();
    }
}
