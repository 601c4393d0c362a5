namespace ScimConformance.Authoring;

/// <summary>Case variants of names the run created, for checks of caseExact=false attributes.</summary>
public static class CaseVariants
{
    /// <summary>The name with the case of every letter swapped ("scimconf-ab-jane" to "SCIMCONF-AB-JANE").</summary>
    public static string Flip(string text) =>
        string.Concat(text.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)));
}
