using ScimConformance.Runner.Model;
using ScimConformance.Runner.Model.Timeline;

namespace ScimConformance.Tests.Runner;

/// <summary>
/// A hand-built run whose leaver checks recorded timelines: DPR-032 stops at a user still readable after
/// DELETE (a red step whose note is hostile markup), DPR-033 is a batch with throughput and a measured delay.
/// </summary>
internal static class TimelineRuns
{
    public static readonly DateTimeOffset Start = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static RunResult Leavers()
    {
        var baseRun = SampleRuns.Hostile();
        var template = baseRun.Tests[0];
        var journey = template with
        {
            Check = template.Check with
            {
                Id = "DPR-032",
                Title = "Leaver journey",
                Area = "Deprovisioning",
            },
            Outcome = Outcome.Fail,
            Message = "GET after DELETE: expected 404",
            Timeline =
            [
                Step(0, "leaver", "create", "POST", "Users", 201, "created"),
                Step(40, "u1", "deactivate", "PATCH", "Users/u1", 200, "deactivated"),
                Step(90, "u1", "confirm inactive", "GET", "Users/u1", 200, "active=false confirmed") with { DelayMs = 0 },
                Step(120, "u1", "delete", "DELETE", "Users/u1", 204, "deleted"),
                Step(150, "u1", "confirm 404", "GET", "Users/u1", 200, "still readable") with { Expected = false, Note = SampleRuns.HostileBody },
            ],
        };
        var batch = template with
        {
            Check = template.Check with
            {
                Id = "DPR-033",
                Title = "Leaver at scale",
                Area = "Deprovisioning",
            },
            Outcome = Outcome.Warn,
            Message = "not every effect was visible to the next request",
            Timeline =
            [
                Step(0, "100 users", "create", "POST", "Users", 201, "100 created") with { Count = 100, DurationMs = 500 },
                Step(600, "100 users", "delete", "DELETE", "Users/{id}", 204, "100 deleted") with { Count = 100, DurationMs = 250 },
                Step(900, "100 users", "confirm 404", "GET", "Users/{id}", 404, "all 404") with { Count = 100, DurationMs = 1800, DelayMs = 1500 },
            ],
        };
        var tests = baseRun.Tests.Append(journey).Append(batch).ToArray();
        return baseRun with { Tests = tests, Counts = OutcomeCounts.Of(tests) };
    }

    private static TimelineStep Step(int ms, string subject, string action, string method, string path, int status, string outcome) => new()
    {
        At = Start.AddMilliseconds(ms),
        Subject = subject,
        Action = action,
        Method = method,
        Path = path,
        Status = status,
        Outcome = outcome,
        DurationMs = 3,
    };
}
