namespace ScimConformance.Core.Patching;

/// <summary>The error a compliant service provider is expected to answer with (always 400 for PATCH request faults).</summary>
public sealed record PatchError(int Status, string ScimType, string Reason);
