using System.Diagnostics;
using NUnit.Framework;
using ScimConformance.ReferenceServer;
using ScimConformance.Tests.Cli;
using ScimConformance.Tests.EndToEnd;
using ScimConformance.Tests.Support;

namespace ScimConformance.Tests.Hostile;

/// <summary>
/// The harness against endpoints that misbehave on the wire: each scenario runs the real `scimconf run` (in process)
/// with a 2-second timeout and must end with a clear one-line cause, the right exit code, no stack trace, no leaked
/// token, and no hang. The fixture prints its wall time (the whole bed is meant to stay under two minutes).
/// </summary>
[TestFixture]
[Category("EndToEnd")]
[NonParallelizable]
public sealed class HostileEndpointTests : IDisposable
{
    private const string TokenVariable = "HOSTILE_TOKEN";
    private const string Token = "hostile-token-5d1e8a7c2b";
    private readonly Stopwatch _clock = new();
    private readonly HttpClient _http = new();
    private ServerFixture _healthy = null!;
    private StubHttpServer _otherPort = null!;
    private StubHttpServer _hostile = null!;

    [OneTimeSetUp]
    public async Task StartServers()
    {
        _clock.Start();
        _healthy = await ServerFixture.StartAsync();
        _otherPort = await StubHttpServer.StartAsync(c => StubHttpServer.Respond(c, 200, "application/scim+json", "{}"));
        _hostile = await HostileEndpoint.StartAsync(_otherPort.Root, new Uri(_healthy.Host.BaseUrl, "/"), _http);
    }

    [OneTimeTearDown]
    public async Task StopServers()
    {
        await _hostile.DisposeAsync();
        await _otherPort.DisposeAsync();
        await _healthy.DisposeAsync();
        TestContext.Progress.WriteLine($"hostile-endpoint test bed: {_clock.Elapsed.TotalSeconds:0.0} s wall time");
    }

    [TestCase(HostileEndpoint.Slow, "timeout")]
    [TestCase(HostileEndpoint.EndlessBody, "timeout")]
    [TestCase(HostileEndpoint.HugeBody, "exceeded 10485760 bytes")]
    [TestCase(HostileEndpoint.Reset, "ServiceProviderConfig")]
    [TestCase(HostileEndpoint.InvalidJson, "JSON")]
    [TestCase(HostileEndpoint.HtmlError, "500")]
    [TestCase(HostileEndpoint.WrongContentType, "image/png")]
    [TestCase(HostileEndpoint.RedirectLoop, "never follows redirects")]
    [TestCase(HostileEndpoint.RedirectOtherPort, "never follows redirects")]
    [TestCase(HostileEndpoint.Burst500, "500")]
    [TestCase(HostileEndpoint.NotScim, "not a ServiceProviderConfig")]
    public async Task Misbehaving_endpoint_ends_the_run_with_a_clear_cause(string scenario, string cause)
    {
        var (run, elapsed) = await RunAsync(new Uri(_hostile.Root, scenario + "/scim/v2"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(3), "not reachable or not SCIM\n" + run);
            Assert.That(run.Stderr + run.Stdout, Does.Contain(cause), run.ToString());
            Assert.That(run.Stderr.Trim(), Is.Not.Empty, "the cause goes to stderr");
            Assert.That(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.LessThanOrEqualTo(4), "a short message, not a dump:\n" + run);
            NoCrashNoLeak(run);
            Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "the run did not respect its 2 s timeout");
        });
    }

    [Test]
    public async Task Redirect_to_another_port_is_not_followed_so_credentials_stay_home()
    {
        await RunAsync(new Uri(_hostile.Root, HostileEndpoint.RedirectOtherPort + "/scim/v2"));
        Assert.That(_otherPort.Requests.Select(r => r.PathAndQuery + " " + (r.Header("Authorization") is null ? "" : "with Authorization")), Is.Empty,
            "the redirect target must receive nothing, least of all the Authorization header");
    }

    [Test]
    public async Task Rate_limited_endpoint_is_waited_for_and_retried()
    {
        var (run, _) = await RunAsync(new Uri(_hostile.Root, HostileEndpoint.RateLimited + "/scim/v2"), "--include", "area:Discovery", "--token-env", ServerFixture.TokenVariable);
        var retried = _hostile.Requests.Where(r => r.PathAndQuery.StartsWith("/" + HostileEndpoint.RateLimited + "/scim/v2/ServiceProviderConfig", StringComparison.Ordinal)).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            Assert.That(retried, Has.Length.GreaterThanOrEqualTo(2), "a 429 must be retried");
            NoCrashNoLeak(run);
        });
    }

    [Test]
    public async Task Resets_on_the_resource_endpoints_make_checks_error_not_fail()
    {
        await using var broken = await StubHttpServer.StartAsync(async context =>
        {
            if ((context.Request.Path.Value ?? "").Contains("/Users", StringComparison.Ordinal) || (context.Request.Path.Value ?? "").Contains("/Groups", StringComparison.Ordinal))
            {
                context.Abort();
                return;
            }
            using var forwarded = new HttpRequestMessage(HttpMethod.Get, new Uri(_healthy.Host.BaseUrl, context.Request.Path.Value!.Replace("/scim/v2", "/scim/v2", StringComparison.Ordinal)));
            forwarded.Headers.TryAddWithoutValidation("Authorization", context.Request.Headers.Authorization.ToString());
            using var response = await _http.SendAsync(forwarded, context.RequestAborted);
            await StubHttpServer.Respond(context, (int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? "application/scim+json", await response.Content.ReadAsStringAsync());
        });
        using var output = new TemporaryDirectory();
        var run = await InProcessCli.RunAsync(_healthy.Environment, CancellationToken.None,
            "run", "--base-url", new Uri(broken.Root, "scim/v2").ToString(), "--token-env", ServerFixture.TokenVariable, "--timeout", "2",
            "--out", output.Path, "--include", "area:Users");
        var results = RunResults.Load(output.Path);
        Assert.Multiple(() =>
        {
            Assert.That(results.IdsWithOutcome("error"), Is.Not.Empty, run.ToString());
            Assert.That(results.Describe("fail"), Is.Empty, "a reset connection is no verdict on the endpoint");
            Assert.That(results.Tests.Where(t => t.Outcome == "error").Select(t => t.Message), Has.All.Contain("reset").Or.Contain("could not"));
            Assert.That(results.Tests.SelectMany(t => MessageHygiene.Violations(t.Message)), Is.Empty, "no stack frames or .NET exception type names in check messages");
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            NoCrashNoLeak(run);
        });
    }

    [TestCase("self-signed", false, false, true)]
    [TestCase("self-signed", true, false, false)]
    [TestCase("self-signed", false, true, false)]
    [TestCase("expired", true, false, true)]
    [TestCase("wrong-host", true, false, true)]
    [TestCase("expired", false, true, false)]
    public async Task Untrusted_certificates_are_refused_unless_trusted_explicitly(string kind, bool caCert, bool insecure, bool refused)
    {
        using var certificate = kind switch
        {
            "expired" => HostileCertificates.Expired(),
            "wrong-host" => HostileCertificates.ForAnotherHost(),
            _ => SelfSignedCertificate.ForLoopback(),
        };
        await using var tls = await StubHttpServer.StartAsync(c => StubHttpServer.Respond(c, 404, "text/plain", "nothing here"), certificate);
        using var dir = new TemporaryDirectory();
        var extra = new List<string>();
        if (caCert) extra.AddRange(["--ca-cert", SelfSignedCertificate.WritePem(certificate, Path.Combine(dir.Path, "ca.pem"))]);
        if (insecure) extra.Add("--insecure");

        var (run, _) = await RunAsync(new Uri(tls.Root, "scim/v2"), [.. extra]);

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(3), run.ToString());
            if (refused)
            {
                Assert.That(run.Stderr, Does.Contain("TLS").And.Contain("--ca-cert"), run.ToString());
                Assert.That(tls.Requests, Is.Empty, "no request may be sent over a refused connection");
            }
            else
            {
                Assert.That(run.Stderr, Does.Not.Contain("TLS handshake failed"), run.ToString());
                Assert.That(tls.Requests, Is.Not.Empty, "the trusted connection carried the discovery request");
            }
            NoCrashNoLeak(run);
        });
    }

    public void Dispose() => _http.Dispose();

    private async Task<(CliRun Run, TimeSpan Elapsed)> RunAsync(Uri baseUrl, params string[] extra)
    {
        using var output = new TemporaryDirectory();
        using var hang = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var environment = new Dictionary<string, string> { [TokenVariable] = Token, [ServerFixture.TokenVariable] = _healthy.Token };
        var clock = Stopwatch.StartNew();
        // A test that proxies to the healthy server names that server's token itself (a flag may be given only once).
        string[] token = extra.Contains("--token-env") ? [] : ["--token-env", TokenVariable];
        string[] args = ["run", "--base-url", baseUrl.ToString(), .. token, "--timeout", "2", "--out", output.Path, .. extra];
        var run = await InProcessCli.RunAsync(environment, hang.Token, args);
        TestContext.Out.WriteLine($"{baseUrl} -> exit {run.ExitCode} in {clock.Elapsed.TotalSeconds:0.0} s: {run.Stderr.Trim()}");
        return (run, clock.Elapsed);
    }

    private void NoCrashNoLeak(CliRun run)
    {
        var all = run.Stdout + run.Stderr;
        Assert.That(all, Does.Not.Match(@"\n\s+at \S+\("), "stack trace in the output:\n" + run);
        Assert.That(all, Does.Not.Contain("Unhandled exception"));
        Assert.That(all, Does.Not.Contain(Token).And.Not.Contain(_healthy.Token), "token leaked");
    }
}
