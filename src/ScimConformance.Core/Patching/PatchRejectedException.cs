namespace ScimConformance.Core.Patching;

/// <summary>Unwinds the whole request as soon as one operation fails: PATCH is atomic (RFC 7644 §3.5.2).</summary>
internal sealed class PatchRejectedException(string scimType, string reason) : Exception(reason)
{
    public string ScimType { get; } = scimType;

    public static PatchRejectedException InvalidSyntax(string reason) => new(PatchScimTypes.InvalidSyntax, reason);
    public static PatchRejectedException NoTarget(string reason) => new(PatchScimTypes.NoTarget, reason);
    public static PatchRejectedException InvalidPath(string reason) => new(PatchScimTypes.InvalidPath, reason);
    public static PatchRejectedException InvalidValue(string reason) => new(PatchScimTypes.InvalidValue, reason);
    public static PatchRejectedException Mutability(string reason) => new(PatchScimTypes.Mutability, reason);
}
