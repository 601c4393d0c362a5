namespace ScimConformance.Core.Patching;

/// <summary>The scimType error codes (RFC 7644 §3.12) a PATCH can be predicted to fail with.</summary>
public static class PatchScimTypes
{
    public const string InvalidSyntax = "invalidSyntax";
    public const string NoTarget = "noTarget";
    public const string InvalidPath = "invalidPath";
    public const string InvalidValue = "invalidValue";
    public const string Mutability = "mutability";
}
