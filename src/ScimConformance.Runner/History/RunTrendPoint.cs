using System.Globalization;
using System.Text.Json;

namespace ScimConformance.Runner.History;

/// <summary>
/// One run of a trend: when it started, its verdict and its counts, read from its results.json. <see cref="Findings"/> is
/// the number of findings when the file records them (a <c>findings</c> array), else null: runs from before findings
/// were recorded still chart their pass and fail counts.
/// </summary>
public sealed record RunTrendPoint
{
    public required string RunId { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    /// <summary>passed, failed or interrupted: the gate's verdict, or from the counts for files written before the gate was recorded.</summary>
    public required string Verdict { get; init; }
    public int Pass { get; init; }
    public int Fail { get; init; }
    public int Warn { get; init; }
    public int Error { get; init; }
    public int Skip { get; init; }
    public int Accepted { get; init; }
    public int? Findings { get; init; }

    /// <summary>The point of a results.json's root object; a <see cref="JsonException"/> names what it lacks.</summary>
    public static RunTrendPoint Of(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new JsonException("it is not a JSON object.");
        var runId = Member(root, "runId", JsonValueKind.String).GetString()!;
        var startedText = Member(root, "startedAt", JsonValueKind.String).GetString()!;
        if (!DateTimeOffset.TryParse(startedText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started))
            throw new JsonException($"its startedAt '{startedText}' is not a date.");
        var counts = Member(root, "counts", JsonValueKind.Object);
        int Count(string name) => counts.TryGetProperty(name, out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var v) ? v : 0;
        var interrupted = root.TryGetProperty("interrupted", out var i) && i.ValueKind == JsonValueKind.True;
        var verdict = root.TryGetProperty("gate", out var gate) && gate.ValueKind == JsonValueKind.Object
            && gate.TryGetProperty("verdict", out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : interrupted ? "interrupted" : Count("fail") + Count("error") == 0 ? "passed" : "failed";
        return new RunTrendPoint
        {
            RunId = runId,
            StartedAt = started,
            Verdict = verdict,
            Pass = Count("pass"),
            Fail = Count("fail"),
            Warn = Count("warn"),
            Error = Count("error"),
            Skip = Count("skip"),
            Accepted = Count("accepted"),
            Findings = root.TryGetProperty("findings", out var f) && f.ValueKind == JsonValueKind.Array ? f.GetArrayLength() : null,
        };
    }

    private static JsonElement Member(JsonElement root, string name, JsonValueKind kind) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new JsonException($"it has no {name} ({kind.ToString().ToLowerInvariant()}).");
}
