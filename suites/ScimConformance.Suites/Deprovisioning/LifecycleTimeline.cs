using System.Globalization;
using System.Text.Json.Nodes;
using NUnit.Framework.Internal;
using ScimConformance.Authoring;
using ScimConformance.Core.Http;

namespace ScimConformance.Suites.Deprovisioning;

/// <summary>
/// Writes the steps of a lifecycle check (created, deactivated, deleted, 404 confirmed...) onto the running
/// test as <see cref="EvidenceProperties.Timeline"/> values, one JSON object per step, as they happen, so a
/// check that fails half-way still shows how far the lifecycle got. The runner turns them into the
/// timeline of results.json and the report.
/// </summary>
public static class LifecycleTimeline
{
    private static readonly Lock Gate = new();

    /// <summary>One request and what it showed; <paramref name="expected"/> is false when the step saw what the check did not want.</summary>
    public static void Request(string subject, string action, HttpMethod method, string path, DateTimeOffset at, ScimResponse response,
        string outcome, bool expected, TimeSpan? delay = null, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(response);
        Write(new JsonObject
        {
            ["at"] = at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            ["subject"] = subject,
            ["action"] = action,
            ["method"] = method.Method,
            ["path"] = path,
            ["status"] = response.Status,
            ["outcome"] = outcome,
            ["expected"] = expected,
            ["durationMs"] = Math.Round(response.Elapsed.TotalMilliseconds, 1),
            ["delayMs"] = delay is { } d ? Math.Round(d.TotalMilliseconds, 1) : null,
            ["note"] = note,
        });
    }

    /// <summary>A step over many resources (the leaver at scale): how many, how long, and what they answered.</summary>
    public static void Batch(string subject, string action, string method, string path, DateTimeOffset at, int count, TimeSpan duration,
        int? status, string outcome, bool expected, TimeSpan? delay = null, string? note = null) =>
        Write(new JsonObject
        {
            ["at"] = at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            ["subject"] = subject,
            ["action"] = action,
            ["method"] = method,
            ["path"] = path,
            ["status"] = status,
            ["outcome"] = outcome,
            ["expected"] = expected,
            ["count"] = count,
            ["durationMs"] = Math.Round(duration.TotalMilliseconds, 1),
            ["delayMs"] = delay is { } d ? Math.Round(d.TotalMilliseconds, 1) : null,
            ["note"] = note,
        });

    private static void Write(JsonObject step)
    {
        // TestContext hands out a copy of the properties; the running test's own bag is what the runner reads.
        var test = TestExecutionContext.CurrentContext.CurrentTest;
        lock (Gate) test.Properties.Add(EvidenceProperties.Timeline, step.ToJsonString());
    }
}
