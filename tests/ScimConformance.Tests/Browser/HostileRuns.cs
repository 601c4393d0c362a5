using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Model;

namespace ScimConformance.Tests.Browser;

/// <summary>A hand-built run whose every endpoint-influenced text field carries <see cref="Payloads"/>.</summary>
internal static class HostileRuns
{
    public static RunResult Build()
    {
        TestOutcome[] tests =
        [
            Test("XSS-001", Outcome.Fail, Severity.Critical),
            Test("XSS-002", Outcome.Error, Severity.High),
            Test("XSS-003", Outcome.Pass, Severity.Low),
            Test("XSS-004", Outcome.Warn, Severity.Medium),
            Test("XSS-005", Outcome.Skip, Severity.Info),
        ];
        return new RunResult
        {
            HarnessVersion = Payloads.Image,
            RunId = Payloads.ScriptBreakout,
            Seed = 1,
            Target = new TargetInfo("http://127.0.0.1:1/" + Payloads.Combined, Payloads.JavascriptUrl),
            Capabilities = new global::ScimConformance.Core.Discovery.Capabilities { AuthenticationSchemes = [Payloads.Image, Payloads.ScriptBreakout] },
            Tests = tests,
            Counts = OutcomeCounts.Of(tests),
            Leftovers = [new global::ScimConformance.Core.Ledger.LedgerEntry("Users/" + Payloads.Image, "User", Payloads.ScriptBreakout, DateTimeOffset.UnixEpoch) { CleanupError = Payloads.Combined }],
            Command = "scimconf run --base-url '" + Payloads.Combined + "'",
        };
    }

    private static TestOutcome Test(string id, Outcome outcome, Severity severity) => new()
    {
        Check = new CheckInfo
        {
            Id = id,
            Title = "title " + Payloads.Image,
            Area = "Area " + Payloads.ScriptBreakout,
            Severity = severity,
            Requirements = ["R7644-3.3-01", Payloads.Image],
            Needs = [Payloads.SvgOnload],
            Remediation = Payloads.JavascriptUrl,
            FullName = Payloads.ScriptBreakout,
        },
        Outcome = outcome,
        Message = "expected 201: " + Payloads.Combined,
        Exchanges =
        [
            new Exchange
            {
                Method = Payloads.Image,
                Url = Payloads.JavascriptUrl,
                RequestHeaders = [new(Payloads.Image, Payloads.ScriptBreakout)],
                RequestBody = "{\"userName\":\"" + Payloads.ScriptBreakout.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"}",
                Status = 200,
                ResponseHeaders = [new("Location", Payloads.JavascriptUrl), new("X-Evil", Payloads.Image)],
                ResponseBody = Payloads.Combined,
                Error = Payloads.SvgOnload,
            },
            new Exchange
            {
                Method = "GET",
                Url = "http://127.0.0.1:1/scim/v2/Users",
                RequestHeaders = [],
                Error = Payloads.Combined,
            },
        ],
    };
}
