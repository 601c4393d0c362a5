using System.Globalization;
using System.Text.Json;
using NUnit.Framework.Interfaces;
using ScimConformance.Authoring;

namespace ScimConformance.Runner.Model.Timeline;

/// <summary>
/// Reads the <c>scim.timeline</c> values a check added while it ran (one JSON object per step) into
/// <see cref="TimelineStep"/>s, in the order they were added. A value that is not such an object is skipped:
/// a suite's mistake must not cost the run its results.
/// </summary>
public static class TimelineReader
{
    public static IReadOnlyList<TimelineStep> Read(ITest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (!test.Properties.ContainsKey(EvidenceProperties.Timeline)) return [];
        return Parse(test.Properties[EvidenceProperties.Timeline].Cast<object>().Select(v => v.ToString() ?? ""));
    }

    public static IReadOnlyList<TimelineStep> Parse(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var steps = new List<TimelineStep>();
        foreach (var value in values)
        {
            try
            {
                using var document = JsonDocument.Parse(value);
                if (document.RootElement.ValueKind == JsonValueKind.Object) steps.Add(StepOf(document.RootElement));
            }
            catch (JsonException)
            {
                // not a step: skipped
            }
        }
        return steps;
    }

    private static TimelineStep StepOf(JsonElement step) => new()
    {
        At = Text(step, "at") is { } at && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var when) ? when : default,
        Subject = Text(step, "subject") ?? "",
        Action = Text(step, "action") ?? "",
        Method = Text(step, "method"),
        Path = Text(step, "path"),
        Status = Number(step, "status") is { } status ? (int)status : null,
        Outcome = Text(step, "outcome") ?? "",
        Expected = !step.TryGetProperty("expected", out var expected) || expected.ValueKind != JsonValueKind.False,
        DurationMs = Number(step, "durationMs"),
        DelayMs = Number(step, "delayMs"),
        Count = Number(step, "count") is { } count ? (int)count : null,
        Note = Text(step, "note"),
    };

    private static string? Text(JsonElement step, string name) =>
        step.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement step, string name) =>
        step.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}
