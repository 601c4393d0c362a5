namespace ScimConformance.Authoring;

/// <summary>What <see cref="ResponsePolicy"/> decides for one answer; warn is never decided from a status alone (it follows the cited requirement's level).</summary>
public enum VerdictKind
{
    /// <summary>The answer is a success: the check goes on to judge its content.</summary>
    Proceed,
    /// <summary>The endpoint deviates; the cited requirement's level makes it a fail (MUST) or a warn (SHOULD).</summary>
    Deviation,
    Skip,
    Error,
}
