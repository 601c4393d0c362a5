using System.Text.Json.Nodes;

namespace ScimConformance.Core.Patching;

/// <summary>What the oracle predicts: either the patched resource or the error that must be returned.</summary>
public sealed record PatchOutcome
{
    public JsonObject? Resource { get; private init; }
    public PatchError? Error { get; private init; }
    public bool Succeeded => Error is null;

    public static PatchOutcome Success(JsonObject resource) => new() { Resource = resource };

    public static PatchOutcome Failure(PatchError error) => new() { Error = error };
}
