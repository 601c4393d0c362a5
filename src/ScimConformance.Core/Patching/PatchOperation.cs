using System.Text.Json.Nodes;

namespace ScimConformance.Core.Patching;

internal enum PatchOpKind { Add, Replace, Remove }

/// <summary>One entry of "Operations", with its op name already resolved.</summary>
internal sealed record PatchOperation(PatchOpKind Kind, string? Path, JsonNode? Value, int Index);
