using ScimConformance.Authoring;
using ScimConformance.Runner.Model;

namespace ScimConformance.Tests.Runner;

/// <summary>A hand-built run model with every outcome and a hostile endpoint, for the reporter tests.</summary>
internal static class SampleRuns
{
    public const string HostileBody = "</script><script>alert('owned')</script>\u2028<!-- & \u0001 -->";
    public const string Secret = "s3cr3t-token-value-123";

    public static RunResult Hostile(int bigBodyChars = 0)
    {
        var run = new RunResult
        {
        HarnessVersion = "9.9.9",
        RunId = "run0001",
        Seed = 4242,
        Target = new TargetInfo("http://127.0.0.1:5000/scim/v2", "bearer"),
        StartedAt = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
        Duration = TimeSpan.FromSeconds(12.5),
        Capabilities = new global::ScimConformance.Core.Discovery.Capabilities { Patch = true, Filter = true, FilterMaxResults = 200, AuthenticationSchemes = ["oauthbearertoken"] },
        Tests =
        [
            Test("USR-001", "Users", Outcome.Pass, "", global::ScimConformance.Authoring.Severity.Low),
            Test("USR-002", "Users", Outcome.Fail, "[R7644-3.3-01 MUST] expected 201, got 200 " + HostileBody, global::ScimConformance.Authoring.Severity.High, bigBodyChars),
            Test("USR-003", "Users", Outcome.Warn, "SHOULD-level deviation", global::ScimConformance.Authoring.Severity.Medium),
            Test("GRP-001", "Groups", Outcome.Skip, "the endpoint does not advertise 'groups'", global::ScimConformance.Authoring.Severity.Low),
            Test("GRP-002", "Groups", Outcome.Error, "Harness could not decide: connection refused", global::ScimConformance.Authoring.Severity.Critical),
        ],
        Leftovers = [new global::ScimConformance.Core.Ledger.LedgerEntry("Users/abc", "User", "abc", DateTimeOffset.UnixEpoch) { CleanupError = "403 Forbidden" }],
        Command = "scimconf run --base-url http://127.0.0.1:5000/scim/v2 --seed 4242",
        };
        return run with { Counts = OutcomeCounts.Of(run.Tests) };
    }

    private static TestOutcome Test(string id, string area, Outcome outcome, string message, global::ScimConformance.Authoring.Severity severity, int bigBodyChars = 0) => new()
    {
        Check = new CheckInfo
        {
            Id = id,
            Title = "check " + id,
            Area = area,
            Severity = severity,
            Requirements = ["R7644-3.3-01", "R7643-2.1-02"],
            Needs = ["patch"],
            Remediation = "Do what the RFC says.",
            FullName = "Sample." + id,
        },
        Outcome = outcome,
        Message = message,
        Duration = TimeSpan.FromMilliseconds(120),
        Exchanges =
        [
            new global::ScimConformance.Core.Http.Exchange
            {
                Method = "POST",
                Url = "http://127.0.0.1:5000/scim/v2/Users",
                RequestHeaders = [new("Authorization", "Bearer ***"), new("Content-Type", "application/scim+json")],
                RequestBody = "{\"userName\":\"scimconf-run0001-alice\"}",
                Status = 200,
                ResponseHeaders = [new("Content-Type", "text/html")],
                ResponseBody = bigBodyChars > 0 ? new string('x', bigBodyChars) : HostileBody,
                Duration = TimeSpan.FromMilliseconds(33),
            },
        ],
    };
}
