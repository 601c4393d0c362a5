using System.Text.Json.Nodes;

namespace ScimConformance.ReferenceServer.Patching;

/// <summary>One entry of a PatchOp's Operations array; <see cref="Op"/> is lower-case add, replace or remove.</summary>
internal sealed record PatchOperation(string Op, string? Path, JsonNode? Value);
