namespace ScimConformance.ReferenceServer;

/// <summary>The names of the defect switches, used where each behaviour is decided.</summary>
internal static class DefectNames
{
    public const string NoLocationHeader = "no-location-header";
    public const string PasswordReturned = "password-returned";
    public const string UserNameUniquenessCaseSensitive = "username-uniqueness-case-sensitive";
    public const string DeleteReturns200 = "delete-returns-200";
    public const string SoftDeleteReadable = "soft-delete-readable";
    public const string ErrorStatusNumber = "error-status-number";
    public const string ClientIdHonoured = "client-id-honoured";
    public const string GroupMembersIgnored = "group-members-ignored";
    public const string FilterEqCaseSensitive = "filter-eq-case-sensitive";
    public const string MissingTotalResults = "missing-total-results";
    public const string JsonContentType = "json-content-type";
    public const string MetaLocationMissing = "meta-location-missing";
    public const string FilterPrecedenceWrong = "filter-precedence-wrong";
    public const string InvalidFilter500 = "invalid-filter-500";
    public const string StartIndexZeroBased = "start-index-zero-based";
    public const string FilterNeIncludesMissingMultiValued = "filter-ne-includes-missing-multivalued";
}
