using System.Text.Json.Nodes;

namespace ScimConformance.Suites.Profiles;

/// <summary>
/// One identity provider's replay profile (profiles/&lt;name&gt;.json): its steps in file order. The file
/// name stem is the provider's name (used by --profile and the matrix); the check ids are the first three
/// letters of that stem in upper case plus the step's 1-based position in the file (okta → OKT-001...).
/// </summary>
public sealed record ProviderProfile(string Name, string Code, IReadOnlyList<ProfileStep> Steps)
{
    public string CheckId(int index) => $"{Code}-{index + 1:000}";
}

/// <summary>One request of a profile, as the file describes it (see profiles/profile.schema.json).</summary>
public sealed record ProfileStep
{
    public required int Index { get; init; }
    public required string Step { get; init; }
    public required string Variant { get; init; }
    public string? Method { get; init; }
    public string? Path { get; init; }
    public string? Query { get; init; }
    public string? QueryRaw { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];
    public JsonObject? Body { get; init; }
    public IReadOnlyList<int> ExpectedStatus { get; init; } = [];
    public string Notes { get; init; } = "";
    public IReadOnlyList<KeyValuePair<string, string>> Captures { get; init; } = [];
    public required string Source { get; init; }
    public required string Confidence { get; init; }
    public bool Informational { get; init; }

    public bool IsHighConfidence => string.Equals(Confidence, "high", StringComparison.Ordinal);
}
