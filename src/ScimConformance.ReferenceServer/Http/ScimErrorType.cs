namespace ScimConformance.ReferenceServer.Http;

/// <summary>The scimType keywords of RFC 7644 section 3.12, table 9.</summary>
internal static class ScimErrorType
{
    public const string InvalidFilter = "invalidFilter";
    public const string TooMany = "tooMany";
    public const string Uniqueness = "uniqueness";
    public const string Mutability = "mutability";
    public const string InvalidSyntax = "invalidSyntax";
    public const string InvalidPath = "invalidPath";
    public const string NoTarget = "noTarget";
    public const string InvalidValue = "invalidValue";
    public const string Sensitive = "sensitive";

    // RFC 9865 section 2.1: the errors of cursor-based pagination.
    public const string InvalidCursor = "invalidCursor";
    public const string ExpiredCursor = "expiredCursor";
    public const string InvalidCount = "invalidCount";
}
