using ScimConformance.Authoring;
using ScimConformance.Core.Http;
using ScimConformance.Runner.Findings;
using ScimConformance.Runner.Model;

namespace ScimConformance.Tests.Runner.Findings;

/// <summary>Failed checks with one deciding exchange each, for the grouping tests.</summary>
internal static class FailureSamples
{
    public const string BaseUrl = "https://scim.example.com/scim/v2";

    public static IReadOnlyList<Finding> Group(params TestOutcome[] tests) => FindingGrouper.Of(tests, BaseUrl);

    /// <summary>Each finding's key and checks, one line each: what a failed grouping assertion shows.</summary>
    public static string Describe(IReadOnlyList<Finding> findings) => string.Join("\n", findings.Select(f => $"{f.Key}: {string.Join(", ", f.Checks)}"));

    public static TestOutcome Failed(string id, string area, string cites, string method, string path, int? status,
        string? requestBody = null, string? responseBody = null, Severity severity = Severity.Medium, string? cwe = null,
        Outcome outcome = Outcome.Fail, string? about = null) => new()
    {
        Check = new CheckInfo { Id = id, Title = "check " + id, Area = area, Severity = severity, Requirements = [cites], Cwe = cwe },
        Outcome = outcome,
        Message = $"[{cites} MUST, RFC §x] it went wrong",
        Cites = [cites],
        Evidence = [0],
        About = about,
        Exchanges =
        [
            new Exchange
            {
                Method = method,
                Url = BaseUrl + path,
                RequestHeaders = [new("Authorization", "[REDACTED]"), new("Content-Type", "application/scim+json"), new("User-Agent", "scimconf")],
                RequestBody = requestBody,
                Status = status,
                ResponseBody = responseBody,
            },
        ],
    };
}
