using NUnit.Framework;
using ScimConformance.Tests.Cli;
using ScimConformance.Tests.EndToEnd;

namespace ScimConformance.Tests.Security;

/// <summary>
/// Runs the security suite (through the real CLI, in-process) against <see cref="SecurityTestBed"/>: with no
/// misbehaviour every check passes, warns or skips with a reason; each simulated vendor bug makes its
/// checks fail. The compliant run also proves that no secret travels over plain http or follows a redirect.
/// </summary>
[TestFixture]
[Category("EndToEnd")]
// Its runs are in-process (one at a time, see InProcessCli); a third of its time is waiting for tokens to expire,
// which other end-to-end fixtures use.
[Parallelizable(ParallelScope.Self)]
public sealed class SecuritySuiteTests
{
    private static readonly string[] MustRun =
        ["SEC-001", "SEC-007", "SEC-010", "SEC-011", "SEC-012", "SEC-020", "SEC-021", "SEC-030", "SEC-031", "SEC-032", "SEC-040", "SEC-041", "SEC-043", "SEC-044", "SEC-045", "SEC-050", "SEC-053", "SEC-062"];

    private static IEnumerable<TestCaseData> Bugs()
    {
        yield return Case(Misbehaviour.NoChallenge, "SEC-001");
        yield return Case(Misbehaviour.AcceptAnyToken, "SEC-005", "SEC-008");
        yield return Case(Misbehaviour.IgnoreSignature, "SEC-010", "SEC-012");
        yield return Case(Misbehaviour.AcceptAlgNone, "SEC-011");
        yield return Case(Misbehaviour.AcceptExpired, "SEC-020");
        yield return Case(Misbehaviour.AcceptRevoked, "SEC-021");
        yield return Case(Misbehaviour.ReadOnlyCanWrite, "SEC-030");
        yield return Case(Misbehaviour.CrossTenant, "SEC-031", "SEC-032");
        yield return Case(Misbehaviour.ServesPlainHttp, "SEC-041");
        yield return Case(Misbehaviour.AnonymousAllowed, "SEC-001", "SEC-002", "SEC-003", "SEC-004", "SEC-005", "SEC-008", "SEC-009",
            "SEC-013", "SEC-014", "SEC-015", "SEC-016", "SEC-017", "SEC-018");
        yield return Case(Misbehaviour.UntrustedCertificate, "SEC-045");
    }

    private static TestCaseData Case(Misbehaviour bug, params string[] ids) =>
        new TestCaseData(bug, ids).SetName($"Bug_{bug}_fails_{string.Join("_", ids)}");

    // A server error on hostile or malformed input deviates from a SHOULD (POWASP-API8-02, RFC 7644 §3.12), so it warns
    // (docs/verdicts.md); so does /Me answering 501 without credentials on a bed that serves everyone (SEC-019), and so do the
    // deviations whose only text is a SHOULD: a token honoured in the query (RFC 6750 §2.3), no HSTS (RFC 6797 §7.1), internals
    // or the token itself in error bodies (OWASP API8).
    private static TestCaseData Warning(Misbehaviour bug, params string[] ids) =>
        new TestCaseData(bug, ids).SetName($"Bug_{bug}_warns_{string.Join("_", ids)}");

    private static IEnumerable<TestCaseData> ShouldLevelBugs()
    {
        yield return Warning(Misbehaviour.ServerErrors, "SEC-051", "SEC-053");
        yield return Warning(Misbehaviour.AnonymousAllowed, "SEC-019");
        yield return Warning(Misbehaviour.AcceptQueryToken, "SEC-007");
        yield return Warning(Misbehaviour.NoHsts, "SEC-044");
        yield return Warning(Misbehaviour.StackTraces, "SEC-050");
        yield return Warning(Misbehaviour.EchoToken, "SEC-063");
    }

    [Test]
    public async Task Compliant_bed_passes_and_no_secret_leaves_the_https_target()
    {
        await using var bed = await SecurityTestBed.StartAsync(Misbehaviour.None);
        using var output = new TemporaryDirectory();

        var run = await InProcessCli.RunAsync(bed.Environment, CancellationToken.None, bed.RunArguments(output.Path));

        var results = RunResults.Load(output.Path);
        var outcomes = results.Tests.ToDictionary(t => t.Id, t => t.Outcome);
        Assert.Multiple(() =>
        {
            Assert.That(results.Tests.Count(t => t.Id.StartsWith("SEC-", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(40));
            Assert.That(results.Describe("fail", "error"), Is.Empty, run.ToString());
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            // The inputs were all given, so the checks that need them really ran.
            foreach (var id in MustRun)
                Assert.That(outcomes[id], Is.EqualTo("pass"), $"{id}: {results.Tests.First(t => t.Id == id).Message}");
        });

        // Safety: the plain-http listener (probe target and /Me redirect target) never saw any of the bed's tokens,
        // the harness did not follow the /Me redirect, and the probe did reach it.
        var plain = bed.PlainListener.Requests.ToArray();
        Assert.That(plain, Is.Not.Empty, "the plain-http probe never reached the listener");
        foreach (var request in plain)
        {
            var seen = request.PathAndQuery + "\n" + string.Join("\n", request.Headers.Select(h => h.Key + ": " + h.Value)) + "\n" + request.Body;
            foreach (var token in bed.AllTokens)
                Assert.That(seen, Does.Not.Contain(token), $"a token reached the plain-http listener: {request.Method} {request.PathAndQuery}");
        }
        Assert.That(plain.Select(r => r.PathAndQuery), Has.None.Contains("me-redirect-target"), "the harness followed a redirect");

        // Every request that carried the run's token went to the HTTPS target, and no report holds a token.
        Assert.That(bed.Proxy.Requests.Count(r => (r.Header("Authorization") ?? "").Contains(bed.Token, StringComparison.Ordinal)), Is.GreaterThan(0));
        foreach (var file in Directory.GetFiles(output.Path))
            foreach (var token in bed.AllTokens)
                Assert.That(File.ReadAllText(file), Does.Not.Contain(token), $"a token leaked into {Path.GetFileName(file)}");
    }

    [TestCase(Misbehaviour.None, TestName = "OAuth_lifecycle_checks_obtain_wait_for_expiry_and_revoke")]
    [TestCase(Misbehaviour.AcceptExpired, TestName = "OAuth_lifecycle_checks_catch_a_server_accepting_expired_tokens")]
    [TestCase(Misbehaviour.AcceptRevoked, TestName = "OAuth_lifecycle_checks_catch_a_server_accepting_revoked_tokens")]
    public async Task OAuth_lifecycle(Misbehaviour bug)
    {
        await using var bed = await SecurityTestBed.StartAsync(bug);
        using var output = new TemporaryDirectory();

        var run = await InProcessCli.RunAsync(bed.Environment, CancellationToken.None, bed.OAuthRunArguments(output.Path));

        var results = RunResults.Load(output.Path);
        var outcomes = results.Tests.ToDictionary(t => t.Id, t => t.Outcome);
        var expected = new Dictionary<string, string>
        {
            ["SEC-020"] = bug == Misbehaviour.AcceptExpired ? "fail" : "pass",
            ["SEC-021"] = bug == Misbehaviour.AcceptRevoked ? "fail" : "pass",
            ["SEC-022"] = "pass",
            ["SEC-023"] = "pass",
        };
        Assert.Multiple(() =>
        {
            foreach (var (id, outcome) in expected)
                Assert.That(outcomes[id], Is.EqualTo(outcome), $"{id}: {results.Tests.First(t => t.Id == id).Message}\n{run}");
            Assert.That(bed.RevokedCount, Is.EqualTo(1), "SEC-021 revokes exactly the token it obtained for itself");
            Assert.That(bed.IssuedCount, Is.GreaterThan(2), "the harness refreshed its own short-lived token");
            foreach (var file in Directory.GetFiles(output.Path))
                foreach (var token in bed.AllTokens)
                    Assert.That(File.ReadAllText(file), Does.Not.Contain(token), $"a token leaked into {Path.GetFileName(file)}");
        });
    }

    [TestCaseSource(nameof(Bugs))]
    public async Task Each_simulated_bug_fails_its_checks(Misbehaviour bug, string[] expected)
    {
        var (run, results) = await RunBedAsync(bug);

        var failed = results.IdsWithOutcome("fail");
        Assert.Multiple(() =>
        {
            Assert.That(expected.Except(failed), Is.Empty, $"checks that did not fail:\n{results.Describe("fail", "warn", "error", "skip")}");
            Assert.That(results.IdsWithOutcome("error"), Is.Empty, results.Describe("error"));
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        });
    }

    [TestCaseSource(nameof(ShouldLevelBugs))]
    public async Task Each_should_level_bug_warns_on_its_checks(Misbehaviour bug, string[] expected)
    {
        var (_, results) = await RunBedAsync(bug);

        Assert.Multiple(() =>
        {
            Assert.That(expected.Except(results.IdsWithOutcome("warn")), Is.Empty, $"checks that did not warn:\n{results.Describe("fail", "warn", "error", "skip")}");
            Assert.That(results.IdsWithOutcome("error"), Is.Empty, results.Describe("error"));
        });
    }

    private static async Task<(CliRun Run, RunResults Results)> RunBedAsync(Misbehaviour bug)
    {
        await using var bed = await SecurityTestBed.StartAsync(bug);
        using var output = new TemporaryDirectory();
        var run = await InProcessCli.RunAsync(bed.Environment, CancellationToken.None, bed.RunArguments(output.Path));
        return (run, RunResults.Load(output.Path));
    }
}
