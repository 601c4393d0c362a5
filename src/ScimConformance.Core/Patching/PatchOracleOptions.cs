namespace ScimConformance.Core.Patching;

/// <summary>Tolerances the oracle can grant on top of the strict RFC reading.</summary>
public sealed record PatchOracleOptions
{
    /// <summary>
    /// Identity providers (Entra ID among them) send "True"/"False" strings for boolean attributes;
    /// when set, such strings are accepted and stored as JSON booleans instead of being an invalidValue.
    /// </summary>
    public bool AcceptStringBooleans { get; init; }
}
